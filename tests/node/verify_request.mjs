// Verifies one captured request the way an agency would, with implementations LP Desk did not write:
// Content-Digest with httpbis-digest-headers (RFC 9530) and the signature with http-message-signatures (RFC 9421;
// ecdsa-p256-sha256 is the raw 64-byte r‖s form, Node's 'ieee-p1363'). Returns null when authentic, else why.
import crypto from 'node:crypto'
import { httpbis, createVerifier } from 'http-message-signatures'
import { verifyContentDigest } from 'httpbis-digest-headers'

export async function verifyRequest (request, body, signerPem, { now = Date.now() } = {}) {
  const headers = request.headers
  if (!headers['content-digest']) return 'no Content-Digest'
  let digestOk = false
  try {
    digestOk = verifyContentDigest(body, headers['content-digest'])
  } catch (e) {
    return `Content-Digest unreadable: ${e.message}`
  }
  if (!digestOk) return 'Content-Digest does not match the body'
  const certificate = new crypto.X509Certificate(signerPem)
  const keyId = crypto.createHash('sha256').update(certificate.raw).digest('hex')
  const publicKey = certificate.publicKey
  let verified
  try {
    verified = await httpbis.verifyMessage({
      keyLookup: async params => params.keyid === keyId && params.alg === 'ecdsa-p256-sha256'
        ? { id: keyId, algs: ['ecdsa-p256-sha256'], verify: createVerifier(publicKey, 'ecdsa-p256-sha256') }
        : null,
      requiredFields: ['@method', '@target-uri', 'content-digest', 'idempotency-key'],
      requiredParams: ['created', 'keyid', 'alg'],
      notAfter: Math.floor(now / 1000) + 300,
      maxAge: 300 + 3600
    }, { method: request.method, url: request.url, headers })
  } catch (e) {
    return `signature does not verify: ${e.message}`
  }
  return verified ? null : 'signature does not verify'
}
