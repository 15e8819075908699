// Re-verifies, offline, every signed request a test agency captured (JSON lines: kind, method, url, headers,
// body in base64) with http-message-signatures and httpbis-digest-headers. A line with a "verdict" (the capturing
// endpoint's own: "ok" or why not) passes when both agree — forged requests a test sends on purpose must fail
// here too; a line without one passes when it verifies.
//
//   node verify_captured.mjs SIGNER.pem CAPTURED.jsonl
//
// Prints one line per request and "N passed, M failed"; exits 1 when any fails or none was captured.
import fs from 'node:fs'
import { verifyRequest } from './verify_request.mjs'

const [signerPath, capturedPath] = process.argv.slice(2)
if (!signerPath || !capturedPath) {
  console.error('usage: node verify_captured.mjs SIGNER.pem CAPTURED.jsonl')
  process.exit(2)
}
const signer = fs.readFileSync(signerPath, 'utf8')
const lines = fs.readFileSync(capturedPath, 'utf8').split('\n').filter(Boolean)
let passed = 0
let failed = 0
for (const line of lines) {
  const r = JSON.parse(line)
  const headers = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k.toLowerCase(), v]))
  const why = await verifyRequest({ method: r.method, url: r.url, headers }, Buffer.from(r.body ?? '', 'base64'), signer,
    { now: Number(/created=(\d+)/.exec(headers['signature-input'] ?? '')?.[1] ?? 0) * 1000 })
  const expected = r.verdict === undefined ? true : r.verdict === 'ok'
  const good = (why === null) === expected
  if (good) passed++
  else failed++
  console.log(`${good ? 'ok  ' : 'FAIL'} ${r.kind ?? ''} ${r.method} ${r.url}: ${why ?? 'verifies'}` +
    (r.verdict === undefined ? '' : ` (endpoint: ${r.verdict})`))
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
