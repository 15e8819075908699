// Validates CASE/UCO JSON-LD with the CASE 1.4 SHACL shapes, as the CASE validator does: the ontology (with its
// shapes) is the shapes graph; only the ontology's rdfs:subClassOf triples join the data graph (the whole ontology
// would be validated against its own meta-shapes). SPARQL-based constraints are on.
//
//   node check_case.mjs SHAPES.ttl SUBCLASSES.ttl DATA.jsonld [DATA2.jsonld ...]
//
// Prints every result (severity, focus node, path, message) and a summary line per file; exits 1 when any file
// has a violation or a warning, 2 on a usage or parse error.
import rdf from '@zazuko/env-node'
import Validator from 'shacl-engine/Validator.js'
import { validations, targetResolvers } from 'shacl-engine/sparql.js'

const [shapesPath, subclassesPath, ...dataPaths] = process.argv.slice(2)
if (!shapesPath || !subclassesPath || dataPaths.length === 0) {
  console.error('usage: node check_case.mjs SHAPES.ttl SUBCLASSES.ttl DATA.jsonld...')
  process.exit(2)
}

const sh = 'http://www.w3.org/ns/shacl#'
const loadStream = (path, into) => new Promise((resolve, reject) => {
  const stream = rdf.fromFile(path)
  stream.on('data', q => into.add(q))
  stream.on('error', reject)
  stream.on('end', () => resolve(into))
})

try {
  const shapes = await loadStream(shapesPath, rdf.dataset())
  const subclasses = await loadStream(subclassesPath, rdf.dataset())
  const validator = new Validator(shapes, { factory: rdf, validations, targetResolvers })
  let failed = false
  for (const path of dataPaths) {
    const data = await loadStream(path, rdf.dataset())
    const triples = data.size
    if (triples === 0) {
      console.error(`${path}: no RDF triples (is it JSON-LD?)`)
      process.exit(2)
    }
    for (const q of subclasses) data.add(q)
    const report = await validator.validate({ dataset: data })
    const counts = { Violation: 0, Warning: 0, Info: 0 }
    for (const r of report.results) {
      const severity = r.severity?.value?.replace(sh, '') ?? 'Violation'
      counts[severity] = (counts[severity] ?? 0) + 1
      const messages = (r.message ?? []).map(m => m.value).join(' | ')
      console.log(`${severity}: focus ${r.focusNode?.term?.value ?? r.focusNode?.value} ` +
        `path ${(r.path ?? []).map(p => (p.predicates ?? []).map(x => x.value).join('|')).join('/')} ` +
        `value ${r.value?.term?.value ?? ''} — ${messages} (${r.constraintComponent?.value?.replace(sh, '')})`)
    }
    console.log(`${path}: ${triples} triples, conforms ${report.conforms}, ` +
      `${counts.Violation} violations, ${counts.Warning} warnings, ${counts.Info} infos`)
    if (counts.Violation > 0 || counts.Warning > 0) failed = true
  }
  process.exit(failed ? 1 : 0)
} catch (e) {
  console.error(`error: ${e.stack ?? e}`)
  process.exit(2)
}
