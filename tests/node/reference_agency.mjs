// An agency endpoint built from implementations LP Desk did not write, for the interoperability test: the
// reference tus server (@tus/server + @tus/file-store) takes the uploads; creation and completion (LP Desk agency
// protocol v1, docs/agency-protocol.md) check every signed request with http-message-signatures (RFC 9421) and
// httpbis-digest-headers (RFC 9530). Everything listens on 127.0.0.1 over TLS.
//
//   node reference_agency.mjs PORT DIR [--drop-after BYTES]
//
// DIR holds server.pem/server.key (TLS), signer.pem (the organisation signing certificate), api-key.txt.
// --drop-after: once, the upload connection is cut when the tus server has received BYTES of the file; the
// client must ask with HEAD and resume. Uploads land in DIR/tus/; every request is logged to DIR/log.jsonl and
// every signed request captured (method, URL, headers, body) to DIR/captured.jsonl for verify_captured.mjs.
import crypto from 'node:crypto'
import fs from 'node:fs'
import https from 'node:https'
import path from 'node:path'
import stream from 'node:stream'
import { Server } from '@tus/server'
import { FileStore } from '@tus/file-store'
import { verifyRequest } from './verify_request.mjs'

const [portArg, dir, ...rest] = process.argv.slice(2)
const port = Number(portArg)
const dropAfter = rest[0] === '--drop-after' ? Number(rest[1]) : 0
let origin = `https://127.0.0.1:${port}` // set again once listening (port 0)
const apiKey = fs.readFileSync(path.join(dir, 'api-key.txt'), 'utf8').trim()
const signerPem = fs.readFileSync(path.join(dir, 'signer.pem'), 'utf8')
const tusDir = path.join(dir, 'tus')
fs.mkdirSync(tusDir, { recursive: true })

const log = entry => fs.appendFileSync(path.join(dir, 'log.jsonl'), JSON.stringify(entry) + '\n')
const capture = entry => fs.appendFileSync(path.join(dir, 'captured.jsonl'), JSON.stringify(entry) + '\n')
const submissions = new Map() // idempotency key -> answer
const receipts = new Map()
let dropped = false

// The cut happens inside the tus server's own write pipeline, so that it stores exactly the bytes before BYTES
// (observing the request from outside would take chunks away from it).
let patchSocket = null
class CuttingFileStore extends FileStore {
  async write (readable, id, offset) {
    if (!dropAfter || dropped || offset >= dropAfter) return super.write(readable, id, offset)
    let at = offset
    const socket = patchSocket
    const cutter = new stream.Transform({
      transform (chunk, _, callback) {
        if (dropped) return callback()
        if (at + chunk.length < dropAfter) {
          at += chunk.length
          return callback(null, chunk)
        }
        dropped = true
        const keep = chunk.subarray(0, dropAfter - at)
        at = dropAfter
        log({ kind: 'patch', status: 'dropped', at: offset, cut_at: at })
        this.push(keep)
        this.push(null) // the tus server sees the body end here and stores what came before the cut
        callback()
        setImmediate(() => socket?.destroy())
      }
    })
    readable.on('error', () => cutter.end())
    return super.write(readable.pipe(cutter), id, offset)
  }
}

const tus = new Server({
  path: '/files',
  datastore: new CuttingFileStore({ directory: tusDir }),
  relativeLocation: true,
  async onIncomingRequest (req) {
    if (req.headers.get('x-api-key') !== apiKey) throw { status_code: 401, body: 'not authorized' }
  }
})

const answer = (res, status, obj, headers = {}) => {
  const body = obj === undefined ? '' : JSON.stringify(obj)
  res.writeHead(status, { ...headers, ...(obj === undefined ? {} : { 'Content-Type': 'application/json' }), 'Content-Length': Buffer.byteLength(body) })
  res.end(body)
}

const readBody = req => new Promise((resolve, reject) => {
  const chunks = []
  req.on('data', c => chunks.push(c))
  req.on('end', () => resolve(Buffer.concat(chunks)))
  req.on('error', reject)
})

// What the tus store holds for an upload: its metadata and bytes.
const uploadsOf = submission => fs.readdirSync(tusDir).filter(f => f.endsWith('.json')).map(f => {
  const info = JSON.parse(fs.readFileSync(path.join(tusDir, f), 'utf8'))
  const file = path.join(tusDir, f.slice(0, -5))
  return { ...info, file, received: fs.existsSync(file) ? fs.statSync(file).size : 0 }
}).filter(u => u.metadata?.submission === submission)

async function signed (req, res, body, kind) {
  const request = { method: req.method, url: origin + req.url, headers: req.headers, body: body.toString('base64') }
  capture({ kind, ...request })
  if (req.headers['x-api-key'] !== apiKey) {
    log({ kind, status: 401, why: 'api key' })
    answer(res, 401, { error: 'wrong or missing API key' })
    return false
  }
  const why = await verifyRequest({ method: req.method, url: origin + req.url, headers: req.headers }, body, signerPem)
  if (why) {
    log({ kind, status: 401, why })
    answer(res, 401, { error: why })
    return false
  }
  return true
}

const server = https.createServer({
  cert: fs.readFileSync(path.join(dir, 'server.pem')),
  key: fs.readFileSync(path.join(dir, 'server.key'))
}, async (req, res) => {
  try {
    if (req.url === '/files' || req.url.startsWith('/files/')) {
      if (req.method === 'PATCH') patchSocket = req.socket
      if (req.method === 'HEAD' || req.method === 'PATCH' || req.method === 'POST') {
        log({ kind: `tus-${req.method.toLowerCase()}`, offset: req.headers['upload-offset'] ?? null })
      }
      return tus.handle(req, res)
    }
    const body = await readBody(req)
    if (req.method === 'POST' && req.url === '/api/v1/submissions') {
      if (!await signed(req, res, body, 'create')) return
      const key = req.headers['idempotency-key']
      const replay = submissions.has(key)
      if (!replay) {
        const id = 'REF-' + crypto.randomBytes(5).toString('hex')
        submissions.set(key, { id, upload_url: `${origin}/files/`, complete_url: `${origin}/api/v1/submissions/${id}/complete` })
      }
      log({ kind: 'create', status: replay ? 200 : 201, body: JSON.parse(body.toString('utf8')) })
      return answer(res, replay ? 200 : 201, submissions.get(key), { Location: `${origin}/api/v1/submissions/${submissions.get(key).id}` })
    }
    const m = req.method === 'POST' && req.url.match(/^\/api\/v1\/submissions\/([^/]+)\/complete$/)
    if (m) {
      if (!await signed(req, res, body, 'complete')) return
      const mine = uploadsOf(m[1])
      if (mine.length === 0 || mine.some(u => u.received !== u.size)) {
        log({ kind: 'complete', status: 409 })
        return answer(res, 409, { error: 'upload not finished' })
      }
      if (!receipts.has(m[1])) {
        const sha256 = {}
        for (const u of mine) sha256[u.metadata.filename] = crypto.createHash('sha256').update(fs.readFileSync(u.file)).digest('hex')
        receipts.set(m[1], { report_number: `REF-2026-${String(receipts.size + 1).padStart(6, '0')}`, received_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), sha256 })
      }
      const files = Object.fromEntries(mine.map(u => [u.metadata.filename, u.file]))
      log({ kind: 'complete', status: 200, receipt: receipts.get(m[1]), files })
      return answer(res, 200, { receipt: receipts.get(m[1]) })
    }
    answer(res, 404, { error: 'no such endpoint' })
  } catch (e) {
    log({ kind: 'error', error: String(e?.stack ?? e) })
    if (!res.headersSent) answer(res, 500, { error: 'internal error' })
  }
})
// port 0: the system picks a free port, reported on the ready line (no window between choosing and binding).
server.listen(port, '127.0.0.1', () => {
  origin = `https://127.0.0.1:${server.address().port}`
  console.log(`ready ${server.address().port}`)
})
