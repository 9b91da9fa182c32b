// The graph files, read back by the tools people open them with: graphology's GEXF and
// GraphML readers (what Gephi Lite uses), and the official JSON Graph Format v2 schema (ajv).
// Every reader sees every node and edge, their typed attributes, reliability, and the credit
// and licence as graph attributes; characters XML cannot carry never reach the XML files.
import Ajv from 'ajv';
import Graph from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { buildExports } from './build-exports';
import { RELATION_LABEL } from './edge-facts';
import { data, DATE, exportsFor, fixtureJson, texts } from './test-exports';

const { files, problems, warnings, body } = exportsFor();
const LICENCE = /creativecommons\.org\/licenses\/by\/4\.0/;

describe('the graph exports', () => {
  it('are built without a problem, each with the credit, licence and build date', () => {
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    for (const f of files) {
      if (f.fileName.endsWith('.csv')) continue; // its metadata file carries them (CSVW)
      expect(f.body, f.fileName).toContain(DATE);
      expect(f.body, f.fileName).toMatch(/CC BY 4\.0|creativecommons\.org\/licenses\/by\/4\.0/);
    }
  });

  it.each(['relations.gexf', 'relations-1.2.gexf'])(
    '%s reads in graphology with every node, edge, typed attribute and the credit',
    (name) => {
      const g = gexf.parse(Graph, body(name));
      expect(g.order).toBe(data.nodes.length);
      expect(g.size).toBe(data.edges.length);
      expect(g.type).toBe('undirected');
      const attrs = g.getEdgeAttributes(g.edge('kazakhstan', 'russia')!);
      expect(attrs.relation).toBe('ally');
      expect(typeof attrs.passages).toBe('number');
      expect(['several', 'single', 'unverified']).toContain(attrs.strength);
      expect(['attributed', 'unattributed', 'unverified', 'none']).toContain(attrs.reliability);
      expect(g.getNodeAttribute('csto', 'wikidata')).toBe('Q318693');
      expect(g.getAttribute('description')).toMatch(LICENCE);
      expect(g.getAttribute('lastModifiedDate')).toBe(DATE);
    },
  );

  it('GraphML reads in graphology with typed keys, and the credit and licence as graph data', () => {
    const g = graphml.parse(Graph, body('relations.graphml'));
    expect(g.order).toBe(data.nodes.length);
    expect(g.size).toBe(data.edges.length);
    const e = g.edge('kazakhstan', 'csto')!;
    // The words drawn on the line (the text's own), and the family beside them.
    expect(g.getEdgeAttribute(e, 'label')).toBe('role of our Republic');
    expect(g.getEdgeAttribute(e, 'family')).toBe('participation');
    expect(g.getEdgeAttribute(e, 'relation')).toBe('member');
    expect(typeof g.getEdgeAttribute(e, 'supporting')).toBe('number');
    expect(typeof g.getEdgeAttribute(e, 'unverifiedPassages')).toBe('number');
    expect(g.getAttribute('license')).toMatch(LICENCE);
    expect(g.getAttribute('credit')).toMatch(/CC BY 4\.0/);
  });

  it('JGF is valid against the official JSON Graph Format v2 schema, and names everything', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(fixtureJson('jgf/json-graph-schema_v2.json') as object);
    const doc = JSON.parse(body('relations.jgf.json'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const { graph } = doc;
    expect(Object.keys(graph.nodes).sort()).toEqual(data.nodes.map((n) => n.id).sort());
    expect(graph.edges).toHaveLength(data.edges.length);
    expect(graph.metadata.license).toMatch(LICENCE);
    expect(graph.edges[0].metadata.reliability).toMatch(/attributed|unverified|none/);
  });

  it('label relations as the map does', () => {
    expect(RELATION_LABEL).toEqual(en.relation);
  });

  it('leave out characters XML cannot carry, so the files stay well-formed', () => {
    // A control character in an entity's name and in a relation's summary (user data can
    // hold one): before, it went into the XML as it was, and no XML reader would open it.
    const dirty = structuredClone(data);
    dirty.nodes.find((n) => n.id === 'russia')!.label = 'Rus\u0007sia\u0000';
    dirty.edges[0]!.summary = `Bell\u0007 and escape\u001B in a summary`;
    const built = buildExports(dirty, texts, DATE);
    for (const name of ['relations.gexf', 'relations-1.2.gexf', 'relations.graphml']) {
      const xml = built.files.find((f) => f.fileName.endsWith(name))!.body;
      // eslint-disable-next-line no-control-regex -- the characters under test
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      const parse = name.endsWith('.graphml') ? graphml.parse : gexf.parse;
      const g = parse(Graph, xml);
      expect(g.getNodeAttribute('russia', 'label')).toBe('Russia');
    }
  });
});
