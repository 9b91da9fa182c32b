// The map's port (app/lib/graph-port.ts), provided by the shell to shell components deep in
// the page (the export buttons); features get it as a prop from the shell instead.
import { createContext, useContext } from 'react';
import type { GraphPort } from '@/lib/graph-port';

export const GraphPortContext = createContext<GraphPort | null>(null);

export const useGraphPort = () => useContext(GraphPortContext);
