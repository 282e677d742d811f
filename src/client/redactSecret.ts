/** What a secret is replaced with. */
export const REDACTED = '[REDACTED]'

/**
 * A secret shorter than this is never replaced where it appears, since where `[REDACTED]` stands
 * would tell a short key (`in` in `[REDACTED]valid`): a text that holds it is withheld whole.
 */
export const MIN_REPLACEABLE_SECRET = 16

/** What a text that quotes a short secret is replaced with. */
export const WITHHELD = '[withheld: this text contains the api key]'

/** `api_key=` (also percent-encoded, any case) and its value, up to the next separator. */
const API_KEY_PARAMETER = /(api_key(?:=|%3d))([^&\s"'<>#;,)]*)/gi

/**
 * The ways a secret can appear in a text: as typed, as `encodeURIComponent` and `URLSearchParams`
 * write it (`a b` → `a%20b` / `a+b`; `! ' ( ) ~` → `%21 %27 %28 %29 %7E`), with lower-case hex, as
 * `encodeURI` leaves it, and inside a JSON string. Longest first, so a form inside another is not
 * replaced half.
 */
function secretForms(secret: string): string[] {
  const component = encodeURIComponent(secret)
  const query = new URLSearchParams({ k: secret }).toString().slice(2)
  const strict = component.replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  const lower = (text: string): string => text.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())
  let uri = secret
  try {
    uri = encodeURI(secret)
  } catch {
    // A lone surrogate cannot be encoded; the other forms still hold.
  }
  const forms = new Set([secret, component, query, strict, lower(component), lower(query), lower(strict), uri, lower(uri), JSON.stringify(secret).slice(1, -1)])
  forms.delete('')
  return [...forms].sort((a, b) => b.length - a.length)
}

/**
 * Makes the function that takes a secret out of any text before it is shown: every `api_key=`
 * value of a quoted URL becomes `[REDACTED]`, and so does the secret itself in every encoding a URL
 * or JSON gives it. A secret shorter than {@link MIN_REPLACEABLE_SECRET} characters is not replaced
 * where it stands (that would show it): a text that still holds it becomes {@link WITHHELD}.
 * Redact first, then cut: a cut text cannot be redacted.
 *
 * @param secret - the api key
 * @returns a function from any text to the text without the secret
 *
 * @example
 * const redact = createRedactor('k3y Secret!(x)~1234')
 * redact('GET /targets.json?api_key=k3y+Secret%21%28x%29%7E1234&page=2')
 * //=> 'GET /targets.json?api_key=[REDACTED]&page=2'
 * redact('echo: k3y%20secret%21%28x%29%7e1234'.replace('secret', 'Secret'))
 * //=> 'echo: [REDACTED]'
 *
 * @example
 * // Edge: a short key is withheld with its text, never pointed at
 * createRedactor('in')('invalid request') //=> '[withheld: this text contains the api key]'
 * createRedactor('in')('GET /targets/7.json?api_key=in') //=> 'GET /targets/7.json?api_key=[REDACTED]'
 */
export function createRedactor(secret: string): (text: string) => string {
  const forms = secretForms(secret)
  const replaceable = secret.length >= MIN_REPLACEABLE_SECRET
  return (text: string): string => {
    // Punctuation that ends a sentence after the URL stays (`…api_key=[REDACTED]: the server …`).
    let out = text.replace(API_KEY_PARAMETER, (_match, name: string, value: string) => `${name}${REDACTED}${/[:.!?]*$/.exec(value)![0]}`)
    for (const form of forms) {
      if (!out.includes(form)) continue
      if (!replaceable) return WITHHELD
      out = out.split(form).join(REDACTED)
    }
    return out
  }
}
