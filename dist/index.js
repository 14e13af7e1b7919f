import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(45101)
const { safeRe: re, t } = __nccwpck_require__(95471)

const parseOptions = __nccwpck_require__(70356)
const { compareIdentifiers } = __nccwpck_require__(73348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 16353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 45101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 73348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 70356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 95471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(45101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 37168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ DeferredHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);

/**
 * A sha256 fed a moment later, in order: updates wait for the event loop's
 * next turn, by which time every read and inflate that was waiting on
 * this thread has been handed to the thread pool. Hashing then overlaps
 * inflating instead of holding it up. Chunks given must not change.
 */
class DeferredHash {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    queue = [];
    scheduled = false;
    update(chunk) {
        this.queue.push(chunk);
        if (this.scheduled)
            return;
        this.scheduled = true;
        setImmediate(() => this.drain());
    }
    /** Hashes `chunk` now, after whatever is queued: for a buffer about to be reused. */
    updateNow(chunk) {
        this.drain();
        this.hash.update(chunk);
    }
    digest() {
        this.drain();
        return this.hash.digest('hex');
    }
    drain() {
        this.scheduled = false;
        const queue = this.queue;
        this.queue = [];
        for (const chunk of queue)
            this.hash.update(chunk);
    }
}


/***/ }),

/***/ 7792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cY: () => (/* binding */ ONE_WINDOW_AHEAD),
/* harmony export */   pe: () => (/* binding */ WINDOW_BYTES),
/* harmony export */   y7: () => (/* binding */ HashedFile)
/* harmony export */ });
/* harmony import */ var _deferred_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37168);

/** Bytes read from disk at a time; large enough that syscalls do not count. */
const WINDOW_BYTES = 1024 * 1024;
/**
 * Options for a stream over `range()`: bytes, not objects, and one window
 * read ahead (object mode would read 16 windows ahead).
 */
const ONE_WINDOW_AHEAD = {
    objectMode: false,
    highWaterMark: WINDOW_BYTES
};
/** How far ahead of the hashed prefix a read may start and still be joined to it. */
const GAP_BYTES = 64 * 1024;
/** Bytes around a read outside the sequential window (a zip's central directory). */
const SIDE_BYTES = 64 * 1024;
const EMPTY = Buffer.alloc(0);
/**
 * One open file, read through a sliding window and hashed as a side effect:
 * whenever the bytes just past the hashed prefix go by, they extend it. An
 * archive reader that walks the file front to back (a zip's members, a
 * tar stream) thus gets the whole-file sha256 without a second pass; only
 * what it skipped is read again by `digest()`.
 */
class HashedFile {
    size;
    handle;
    hash = new _deferred_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .DeferredHash */ .c();
    /** Bytes [0, hashed) are in the hash. */
    hashed = 0;
    window = EMPTY;
    windowStart = 0;
    side = EMPTY;
    sideStart = 0;
    constructor(handle, size) {
        this.handle = handle;
        this.size = size;
    }
    /** Exactly `length` bytes at `position`, fewer only at the end of the file. */
    async readAt(position, length) {
        const end = Math.min(position + length, this.size);
        if (end <= position)
            return EMPTY;
        const cached = this.cached(position, end);
        if (cached)
            return cached;
        // Front to back: the next window starts where hashing stopped, or
        // earlier when a read straddles the end of the current window.
        if (position >= this.windowStart && position <= this.hashed + GAP_BYTES) {
            const from = Math.min(position, this.hashed);
            this.window = await this.load(from, Math.max(end, from + WINDOW_BYTES));
            this.windowStart = from;
            return this.window.subarray(position - from, end - from);
        }
        this.side = await this.load(position, Math.max(end, position + SIDE_BYTES));
        this.sideStart = position;
        return this.side.subarray(0, end - position);
    }
    /** The bytes [start, end) as chunks of at most a window, in order. */
    async *range(start, end) {
        for (let at = start; at < end;) {
            const chunk = await this.readAt(at, Math.min(end - at, this.available(at)));
            if (chunk.length === 0)
                return;
            at += chunk.length;
            yield chunk;
        }
    }
    /** The hex sha256 of the whole file, reading whatever was not read yet. */
    async digest() {
        this.window = EMPTY;
        this.side = EMPTY;
        // Nothing else sees these bytes: one buffer serves every read.
        const scratch = Buffer.allocUnsafe(Math.min(WINDOW_BYTES, this.size - this.hashed));
        while (this.hashed < this.size) {
            const bytes = await this.fill(scratch, this.hashed);
            if (bytes.length === 0)
                throw new Error('file shrank while read');
            this.hash.updateNow(bytes);
            this.hashed += bytes.length;
        }
        return this.hash.digest();
    }
    /** How much can be served at `at` without a read, or a whole window. */
    available(at) {
        const inWindow = this.windowStart + this.window.length - at;
        return at >= this.windowStart && inWindow > 0 ? inWindow : WINDOW_BYTES;
    }
    cached(start, end) {
        const w = this.windowStart;
        if (start >= w && end <= w + this.window.length)
            return this.window.subarray(start - w, end - w);
        const s = this.sideStart;
        if (start >= s && end <= s + this.side.length)
            return this.side.subarray(start - s, end - s);
        return null;
    }
    /** Reads [from, to) clipped to the file, extending the hash when it can. */
    async load(from, to) {
        const bytes = await this.fill(Buffer.allocUnsafe(Math.min(to, this.size) - from), from);
        const filled = bytes.length;
        if (from <= this.hashed && from + filled > this.hashed) {
            this.hash.update(bytes.subarray(this.hashed - from));
            this.hashed = from + filled;
        }
        return bytes;
    }
    /** Fills `buffer` from `position`; the part filled, short at the end of the file. */
    async fill(buffer, position) {
        let filled = 0;
        while (filled < buffer.length) {
            const { bytesRead } = await this.handle.read(buffer, filled, buffer.length - filled, position + filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return buffer.subarray(0, filled);
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./build/engine/changelog/changelog-candidates.js
const NAMES = ['CHANGELOG', 'CHANGES', 'HISTORY', 'NEWS'];
const SUFFIXES = ['.md', '.rst', '.txt', ''];
const FOLDERS = ['', 'docs/'];
/**
 * The paths auto-detection tries, in order: CHANGELOG, CHANGES, HISTORY and
 * NEWS with `.md`, `.rst`, `.txt` or no suffix, in the folder itself, then
 * the same under `docs/`. Matching ignores case.
 */
const CHANGELOG_CANDIDATES = FOLDERS.flatMap(folder => NAMES.flatMap(name => SUFFIXES.map(suffix => `${folder}${name}${suffix}`)));
/**
 * Picks the changelog among existing files (paths relative to the working
 * directory, `/`-separated): the first candidate of
 * {@link CHANGELOG_CANDIDATES} present in any letter case, returned as
 * spelled in `paths`; `null` when there is none.
 */
function detectChangelogPath(paths) {
    const byKey = new Map();
    for (const path of [...paths].sort()) {
        const key = path.replace(/^(?:\.\/)+/, '').toLowerCase();
        if (!byKey.has(key))
            byKey.set(key, path);
    }
    for (const candidate of CHANGELOG_CANDIDATES) {
        const found = byKey.get(candidate.toLowerCase());
        if (found !== undefined)
            return found;
    }
    return null;
}

;// CONCATENATED MODULE: ./build/engine/report/finding.js
/** Builds a finding, leaving out location fields that are unknown. */
function finding(id, severity, message, where = {}) {
    const out = {
        id,
        severity,
        message
    };
    if (where.file !== undefined)
        out.file = where.file;
    if (where.line !== undefined)
        out.line = where.line;
    if (where.hint !== undefined)
        out.hint = where.hint;
    return out;
}

;// CONCATENATED MODULE: ./build/engine/changelog/changelog-findings.js

/**
 * `changelog/not-found`: a changelog the user named is missing (error), or
 * auto-detection found none (error when an entry is required, else a
 * warning, as the notes are then generated).
 */
function changelogNotFound(missing, required) {
    if ('path' in missing) {
        return finding('changelog/not-found', 'error', `Changelog "${missing.path}" does not exist.`, {
            hint: 'Fix the `changelog` path (relative to the working directory), or set it to `none` to publish generated notes.'
        });
    }
    const tried = missing.searched.slice(0, 4).join('", "');
    return finding('changelog/not-found', required ? 'error' : 'warning', `No changelog found (looked for "${tried}" and other CHANGELOG, CHANGES, HISTORY and NEWS files).`, {
        hint: 'Point `changelog` at the file, or set `changelog: none` if the project keeps none (the release notes are then generated).'
    });
}
/** Builds a changelog finding located at `line` of the context's file. */
function changelogFinding(context, id, severity, message, line, hint) {
    const where = {
        file: context.file
    };
    if (line !== undefined)
        where.line = line;
    if (hint !== undefined)
        where.hint = hint;
    return finding(`changelog/${id}`, severity, message, where);
}
/** `"1.2.2" (line 12), "1.3.0" (line 5)` */
function describeEntries(entries) {
    return entries
        .map(e => `"${e.version ?? e.heading}" (line ${e.line})`)
        .join(', ');
}
/**
 * A heading for `version` written the way the newest entry is, dated
 * `today` where that entry carries an ISO date.
 */
function suggestedHeading(newest, version, today) {
    let text = newest.version
        ? newest.heading.split(newest.version).join(version)
        : newest.heading;
    if (newest.date !== null && newest.dateText === newest.date) {
        text = text.split(newest.date).join(today);
    }
    return text;
}

;// CONCATENATED MODULE: ./build/engine/changelog/heading-table.js
/**
 * A document's headings in order, each kept as the index of its label. A
 * long changelog repeats a few sub-headings (`### Added`, `### Fixed`)
 * thousands of times: what a heading names is read once per label, and a
 * heading becomes a {@link Heading}, with its lines, only when asked for.
 */
class HeadingTable {
    /** The distinct labels, in order of first use. */
    labels;
    /** Each heading's label, as an index into `labels`, in document order. */
    order;
    #place;
    /** `place` makes the heading at an index, given its label. */
    constructor(labels, order, place) {
        this.labels = labels;
        this.order = order;
        this.#place = place;
    }
    get length() {
        return this.order.length;
    }
    labelAt(index) {
        return this.labels[this.order[index]];
    }
    heading(index) {
        return this.#place(index, this.labelAt(index));
    }
    /** Every heading, made. */
    all() {
        return this.order.map((_, index) => this.heading(index));
    }
}

;// CONCATENATED MODULE: ./build/engine/changelog/offset-heading.js

/**
 * A heading found by offsets in the text: where its block starts, where
 * its title line starts and where its block's last line starts. Its line
 * numbers are counted only when read: a long file has thousands of
 * headings and a release reads the lines of a few. Its fields are plain
 * and set once: a declared or `#` field costs an initializer run per
 * object.
 */
class OffsetHeading {
    constructor(lines, label, startAt, titleAt, endAt) {
        this.level = label.level;
        this.text = label.text;
        this.lines = lines;
        this.startAt = startAt;
        this.titleAt = titleAt;
        this.endAt = endAt;
    }
    get line() {
        return this.lines.lineOf(this.titleAt);
    }
    get start() {
        return this.lines.lineOf(this.startAt);
    }
    get end() {
        return this.lines.lineOf(this.endAt);
    }
}
/** The headings a scan found, each made when asked for. */
function offsetHeadings(lines, labels, places) {
    const { order, starts, titles, ends } = places;
    return new HeadingTable(labels, order, (index, label) => new OffsetHeading(lines, label, starts[index], titles[index], ends[index]));
}

;// CONCATENATED MODULE: ./build/engine/changelog/outline.js
/**
 * A changelog's outline: the headings that can name an entry or end one.
 * Headings at the first levels are always part of it; deeper ones only
 * when their text could name something (a digit, or a word of an
 * Unreleased or trailer title). The rest, `Added` and `Fixed` under every
 * release, are passed over where the scan can do so cheaply.
 */
/** Levels at which every heading is part of the outline. */
const OUTLINE_LEVELS = 2;
/**
 * The deepest level an entry may have for the outline's headings to bound
 * it: a deeper one can end at a heading the outline passes over.
 */
const OUTLINE_ENTRY_LEVELS = OUTLINE_LEVELS + 1;
/** A pattern source for text holding a digit or one of `words`. */
function namingClues(words) {
    const escaped = words.map(w => w.replace(/[^A-Za-z0-9]/g, '\\$&'));
    return ['[0-9]', ...escaped].join('|');
}

;// CONCATENATED MODULE: ./build/engine/changelog/text-lines.js
const NEWLINE = 0x0a;
// Line ends over a longer stretch are counted in blocks, natively: large
// blocks first, then small ones, so that the match failing at the end
// backtracks over few lines. Each repetition ends at its one `\n`: a failed
// match backtracks in linear time.
const NATIVE_COUNT_FROM = 16_384;
// Lines back from a known line walked one by one, rather than skipped to
// from one before.
const NEAR = 64;
const KNOWN_LINES = 16;
const LINE_BLOCKS = [
    [/(?:[^\n]*\n){1024}/y, 1024],
    [/(?:[^\n]*\n){32}/y, 32]
];
/**
 * A text's lines, read where they are asked for. A large changelog has tens
 * of thousands of lines and a release reads a few of them: the scan for
 * headings moves by offsets in the text, a heading's line number is counted
 * only when something asks for it, and no line becomes a string until it is
 * read. Line numbers are counted from lines whose starts are known, kept
 * where lines were last asked for: the lines a check reads lie in a few
 * places (the release's entry, the top of the file).
 */
class TextLines {
    /** The text without a leading byte-order mark, every line end a `\n`. */
    text;
    // Known lines and where they start; the first line is always known.
    #knownLines = [0];
    #knownStarts = [0];
    #replaced = 0;
    #length = -1;
    /** CRLF, LF and lone CR all end a line. */
    constructor(text) {
        const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        this.text = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
    }
    /** Lines already split, none holding a line end. */
    static of(lines) {
        return new TextLines(lines.join('\n'));
    }
    /** Number of lines; a final line end does not add an empty line. */
    get length() {
        if (this.#length < 0) {
            const text = this.text;
            const ends = lineEnds(text, 0, text.length);
            this.#length =
                text.charCodeAt(text.length - 1) === NEWLINE ? ends : ends + 1;
        }
        return this.#length;
    }
    /** Line `i` without its line end; `''` past either end. */
    line(i) {
        const at = this.#seek(i);
        return at < 0 ? '' : this.lineAt(at);
    }
    /** Lines `from` up to, not including, `to`, as strings. */
    slice(from = 0, to = Infinity) {
        let at = this.#seek(Math.max(from, 0));
        if (at < 0)
            return [];
        // The rest of the text: one native split.
        if (to === Infinity)
            return splitLines(this.text.slice(at));
        const out = [];
        for (let i = Math.max(from, 0); i < to && at >= 0; i++) {
            out.push(this.lineAt(at));
            at = this.next(at);
        }
        return out;
    }
    /** The index of the line holding offset `at`. */
    lineOf(at) {
        const text = this.text;
        const start = at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
        // Counted from the nearest known line before or after it.
        const starts = this.#knownStarts;
        const [before, after] = nearest(starts, start);
        const from = starts[before];
        const line = after >= 0 && starts[after] - start < start - from
            ? this.#knownLines[after] -
                lineEnds(text, start, starts[after])
            : this.#knownLines[before] + lineEnds(text, from, start);
        this.#remember(line, start);
        return line;
    }
    /** The line starting at offset `at`, without its line end. */
    lineAt(at) {
        const newline = this.text.indexOf('\n', at);
        return this.text.slice(at, newline < 0 ? this.text.length : newline);
    }
    /** Where the line after the one starting at `at` starts, or -1. */
    next(at) {
        const newline = this.text.indexOf('\n', at);
        return newline < 0 || newline + 1 >= this.text.length ? -1 : newline + 1;
    }
    /** Where the line before the one starting at `at` starts, or -1. */
    previous(at) {
        if (at <= 0)
            return -1;
        // The line end at `at - 1` is the previous line's own.
        return at < 2 ? 0 : this.text.lastIndexOf('\n', at - 2) + 1;
    }
    /**
     * The first line starting at or after offset `from` that opens with what
     * `opening` matches, as the match of its pattern with `index` set to
     * where the line starts; `null` when there is none. One native search of
     * the text finds it, however many lines lie between.
     */
    match(opening, from) {
        if (from <= 0) {
            opening.first.lastIndex = 0;
            const m = opening.first.exec(this.text);
            if (m)
                return m;
        }
        const after = opening.afterLineEnd;
        after.lastIndex = Math.max(from - 1, 0);
        const m = after.exec(this.text);
        // The match opens with the line end; the line starts right after it.
        if (m)
            m.index++;
        return m;
    }
    // Where line `i` starts, or -1 past either end: a few lines back from
    // a known line are walked, anything else is skipped forward from the
    // nearest known line before it, blocks of lines at a time.
    #seek(i) {
        if (i < 0 || (this.#length >= 0 && i >= this.#length))
            return -1;
        const lines = this.#knownLines;
        const [before, after] = nearest(lines, i);
        let at;
        const back = after < 0 ? Infinity : lines[after] - i;
        if (back <= NEAR && back < i - lines[before]) {
            at = this.#knownStarts[after];
            for (let line = lines[after]; line > i; line--) {
                at = this.previous(at);
            }
        }
        else {
            const from = this.#knownStarts[before];
            at = skipLines(this.text, from, i - lines[before]);
            if (at < 0)
                return -1;
        }
        this.#remember(i, at);
        return at;
    }
    // Keeps a known line, in place of the oldest one kept when full; the
    // first line stays.
    #remember(line, at) {
        if (this.#knownLines.length < KNOWN_LINES) {
            this.#knownLines.push(line);
            this.#knownStarts.push(at);
            return;
        }
        this.#replaced = (this.#replaced % (KNOWN_LINES - 1)) + 1;
        this.#knownLines[this.#replaced] = line;
        this.#knownStarts[this.#replaced] = at;
    }
}
// Where the known value nearest at or before `target` is kept (the first
// is 0, so there is always one) and the nearest after it, or -1.
function nearest(known, target) {
    let before = 0;
    let after = -1;
    for (let k = 1; k < known.length; k++) {
        const value = known[k];
        if (value <= target && value > known[before])
            before = k;
        if (value > target && (after < 0 || value < known[after])) {
            after = k;
        }
    }
    return [before, after];
}
// Skips whole blocks of lines from the line start `at`, at most `most`
// lines, one native match per block: where it stopped and how many lines
// it skipped.
function skipBlocks(text, at, most) {
    let lines = 0;
    for (const [block, size] of LINE_BLOCKS) {
        while (most - lines >= size) {
            block.lastIndex = at;
            if (!block.test(text))
                break;
            at = block.lastIndex;
            lines += size;
        }
    }
    return { at, lines };
}
// Where the line `count` lines after the one starting at `at` starts, or -1
// when the text ends first.
function skipLines(text, from, count) {
    const skipped = skipBlocks(text, from, count);
    let at = skipped.at;
    for (let left = count - skipped.lines; left > 0; left--) {
        const newline = text.indexOf('\n', at);
        if (newline < 0)
            return -1;
        at = newline + 1;
    }
    // A final line end starts no line.
    return count > 0 && at >= text.length ? -1 : at;
}
function splitLines(text) {
    const lines = text.split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
// The number of line ends in `text` from `from` up to `to`. A long stretch
// is counted a block of lines per native match, on a slice that bounds the
// match: no string is made and the loop runs once per block.
function lineEnds(text, from, to) {
    if (to - from < NATIVE_COUNT_FROM)
        return countEach(text, from, to);
    const range = text.slice(from, to);
    const skipped = skipBlocks(range, 0, Infinity);
    return skipped.lines + countEach(range, skipped.at, range.length);
}
function countEach(text, from, to) {
    let count = 0;
    for (let end = text.indexOf('\n', from); end >= 0 && end < to; count++) {
        end = text.indexOf('\n', end + 1);
    }
    return count;
}
/**
 * What a line opens with, for `TextLines.match`: a pattern matched at a
 * line start, where `(?:\n|$)` ends the line.
 */
class LineOpening {
    /** The pattern at the text's start. */
    first;
    /** A line end followed by the pattern. */
    afterLineEnd;
    /** `pattern` may carry the `i` flag; others are set here. */
    constructor(pattern) {
        const flags = pattern.ignoreCase ? 'i' : '';
        this.first = new RegExp(pattern.source, `${flags}y`);
        this.afterLineEnd = new RegExp(`\\n(?=${pattern.source})`, `${flags}g`);
    }
}
/** True for an empty line or one holding only whitespace. */
function isBlank(line) {
    for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        if (code === 0x20 || (code >= 0x09 && code <= 0x0d))
            continue;
        // Other Unicode spaces are rare; `trim` knows them all.
        return code > 0x7f ? line.trim() === '' : false;
    }
    return true;
}
/** Number of leading spaces, with a tab counting as up to the next stop of 4. */
function indentOf(line) {
    let width = 0;
    for (const ch of line) {
        if (ch === ' ')
            width++;
        else if (ch === '\t')
            width += 4 - (width % 4);
        else
            return width;
    }
    return width;
}
/**
 * CommonMark thematic break: up to three spaces, then three or more of one
 * of `-`, `*` or `_`, with only spaces or tabs between them.
 */
function isThematicBreak(line) {
    let i = 0;
    while (i < 3 && line[i] === ' ')
        i++;
    const mark = line[i];
    if (mark !== '-' && mark !== '*' && mark !== '_')
        return false;
    let count = 0;
    for (; i < line.length; i++) {
        const ch = line[i];
        if (ch === mark)
            count++;
        else if (ch !== ' ' && ch !== '\t')
            return false;
    }
    return count >= 3;
}

;// CONCATENATED MODULE: ./build/engine/changelog/rst-headings.js



// docutils: any non-alphanumeric printable 7-bit ASCII character may adorn.
const ADORNMENT_CHARS = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
const ADORNMENT_CHARS_CLASS = '[!-/:-@[-`{-~]';
// A run of one adornment character, repeated, captured. One alternative a
// character finds it natively; a backreference to the first character
// would backtrack a step per character.
const ONE_CHAR_RUN = `(${[...ADORNMENT_CHARS].map(ch => `\\${ch}+`).join('|')})`;
const ADORNMENT_LINE = new RegExp(`^${ONE_CHAR_RUN}\\s*$`);
const BULLET_CHARS = '[-*+\\u2022\\u2023\\u2043]';
const BULLET = new RegExp(`^${BULLET_CHARS}(?:[ \\t]|$)`);
// Sub-titles left out before the search passes over them.
const PASS_OVER_FROM = 32;
/**
 * The adornment character of a line made of one repeated punctuation
 * character from column 0 (trailing whitespace allowed), else `null`.
 */
function adornmentOf(line) {
    const ch = line[0];
    if (ch === undefined || !ADORNMENT_CHARS.has(ch))
        return null;
    return ADORNMENT_LINE.test(line) ? ch : null;
}
/**
 * Finds the section titles of a reStructuredText document: a title line
 * underlined, or over- and underlined, with one repeated punctuation
 * character. Levels follow docutils: each (character, overline) style gets
 * the next level the first time it appears. Indented text (directive
 * content, literal blocks, comments) never holds a title.
 */
function scanRstHeadings(lines) {
    const levels = new Map();
    return findTitles(lines).map(({ style, heading }) => {
        if (!levels.has(style))
            levels.set(style, levels.size + 1);
        return { ...heading, level: levels.get(style) };
    });
}
// The loop over the lines, kept apart and small: it is what runs hot on a
// long changelog, and the engine compiles a small function quickly.
function findTitles(lines) {
    const adorn = lines.map(adornmentOf);
    const titles = [];
    let i = 0;
    while (i < lines.length) {
        // A title has an adornment on its own line or the next: most lines
        // have neither, and are passed over at once.
        const title = adorn[i] === null && (adorn[i + 1] ?? null) === null
            ? null
            : titleAt(lines, adorn, i);
        if (title) {
            titles.push(title);
            i = title.heading.end + 1;
        }
        else
            i++;
    }
    return titles;
}
function titleAt(lines, adorn, i) {
    if (!startsBlock(lines, i))
        return null;
    const ch = adorn[i];
    if (ch)
        return overlinedTitle(lines, adorn, i, ch);
    const under = adorn[i + 1];
    if (!under || !isTitleText(lines[i], false))
        return null;
    const text = lines[i].trim();
    // docutils treats a short underline as text unless it is at least 4 long.
    const length = lines[i + 1].trimEnd().length;
    if (length < text.length && length < 4)
        return null;
    return {
        style: under,
        heading: { line: i, start: i, end: i + 1, text }
    };
}
function overlinedTitle(lines, adorn, i, ch) {
    const text = lines[i + 1];
    if (text === undefined || adorn[i + 2] !== ch)
        return null;
    if (!isTitleText(text, true))
        return null;
    return {
        style: `${ch}o`,
        heading: { line: i + 1, start: i, end: i + 2, text: text.trim() }
    };
}
// An overlined title may be inset; an underlined one starts at column 0.
function isTitleText(line, inset) {
    if (isBlank(line) || adornmentOf(line) !== null)
        return false;
    if (!inset && /^[ \t]/.test(line))
        return false;
    const trimmed = line.trimStart();
    return !BULLET.test(trimmed) && !trimmed.startsWith('.. ');
}
// A title starts a new block: it follows a blank line, another title, an
// explicit markup line or the end of an indented block, never the middle of
// a paragraph.
function startsBlock(lines, i) {
    return i === 0 || followsBlock(lines[i - 1]);
}
// `prev`, the line above, ends a block or a paragraph.
function followsBlock(prev) {
    if (isBlank(prev) || adornmentOf(prev) !== null || /^[ \t]/.test(prev)) {
        return true;
    }
    return prev.startsWith('..') || BULLET.test(prev);
}
// A line of such a run, whitespace after it, the run captured: the only
// lines that can make a title, above or below its text.
const RUN = `(?=${ONE_CHAR_RUN}[^\\S\\n]*(?=\\n|$))`;
// Asserts that a line starts here.
const LINE_START = '(?<=^|\\n)';
// What a line that is blank, indented, markup or a bullet opens with: one
// that ends the block above a title (an adornment line does too).
const BLOCK_END = `[^\\S\\n]*\\n|[ \\t]|\\.\\.|${BULLET_CHARS}[ \\t\\n]`;
// At a line's start: what a whole line of adornment characters opens with.
const ADORNMENT_AHEAD = `${ADORNMENT_CHARS_CLASS}+[^\\S\\n]*\\n`;
const ENDS_BLOCK = `(?=${BLOCK_END})`;
// After any indent: text, no bullet, markup or adornment.
const TITLE_TEXT = `(?=\\S)(?!\\.\\.)(?!${BULLET_CHARS}\\s)(?!${ADORNMENT_AHEAD})`;
// The text of the line above an adornment, captured without the
// whitespace after it, when the common rules make it a title: text from
// column 0, the first line or one below a line that ends a block. Read
// backwards from the adornment, so each line's start is asserted before
// the checks that read it forward: a failing check is not tried again
// from every column.
const TITLE_ABOVE = `(?:(?<=(?:^|${ENDS_BLOCK}${LINE_START}[^\\n]*\\n)${TITLE_TEXT}${LINE_START}([^\\n]*\\S)[^\\S\\n]*\\n)|)`;
// The text of the line below an adornment, trimmed, and the run of the
// adornment line below that, captured when the common rules make them an
// overlined title: the adornment is the first line or below a line that
// ends a block. The two runs' characters are compared by the scan. Rarer
// titles (below an adornment, text that only trims to a title) are
// checked line by line, as are those these patterns do not capture.
const TITLE_BELOW = `(?:(?:(?<![^])|(?<=${ENDS_BLOCK}${LINE_START}[^\\n]*\\n))(?=[^\\n]*\\n[ \\t]*${TITLE_TEXT}(\\S(?:[^\\n]*\\S)?)[^\\S\\n]*\\n${ONE_CHAR_RUN}[^\\S\\n]*(?=\\n|$))|)`;
/**
 * The titles {@link scanRstHeadings} finds, found in the text by offsets:
 * one native search finds the adornment lines and reads the lines next to
 * each; only the rarer titles are read line by line. A long changelog
 * has tens of thousands of lines and a few thousand adornments. With
 * `naming`, titles below level 2 whose text it does not match are left out
 * (see `outline.ts`).
 */
function scanRstOutline(lines, naming = null) {
    const found = findOutline(lines, new TitleStyles(naming));
    return offsetHeadings(lines, found.labels, found);
}
// Adornments read one at a time, at most, while the search may still
// change what it passes over.
const SETTLE_WITHIN = 256;
// Characters of text searched at a time once it has settled.
const SEARCH_WINDOW = 65_536;
// The first adornments are read one at a time, each search starting where
// the last ended, until the search settles what it passes over; the rest
// are read as the settled search finds them.
function findOutline(lines, styles) {
    const scan = new OutlineScan(lines, styles);
    let m = lines.match(styles.events, 0);
    for (let n = 0; m && !styles.settled && n < SETTLE_WITHIN; n++) {
        scan.take(m);
        m = lines.match(styles.events, m.index + 1);
    }
    if (m)
        scan.takeFrom(m.index);
    return scan.found;
}
/**
 * The titles found so far, and where the first line that no title has
 * taken starts (the text's end once none is left).
 */
class OutlineScan {
    found = {
        labels: [],
        order: [],
        starts: [],
        titles: [],
        ends: []
    };
    #lines;
    #styles;
    // Label ids by level, then text: repeated sub-titles are read once.
    #ids = [];
    #free = 0;
    constructor(lines, styles) {
        this.#lines = lines;
        this.#styles = styles;
    }
    /**
     * Every adornment from the line starting at `from` (not the first line)
     * on, as the search now finds them. The engine's own iteration calls
     * {@link take} for each: a loop here would run once per title, thousands
     * of times, and the engine would recompile it at its top tier while it
     * runs, a compile that competes with the scan itself for the processor.
     * That iteration keeps a slot per match, so the text is searched a window
     * at a time: a hostile file of adornments costs no more memory than a
     * window's worth.
     */
    takeFrom(from) {
        const lines = this.#lines;
        const { text } = lines;
        const events = this.#styles.events.afterLineEnd;
        for (let start = from; start < text.length;) {
            const newline = text.indexOf('\n', start + SEARCH_WINDOW);
            const end = newline < 0 ? text.length : newline + 1;
            // The search reads up to two lines above an adornment.
            const context = Math.max(lines.previous(lines.previous(start)), 0);
            // `matchAll` searches a copy of the pattern from its `lastIndex`: the
            // line end before the window's first line.
            events.lastIndex = start - 1 - context;
            Array.from(text.slice(context, end).matchAll(events), m => {
                // The match opens with the line end; the line starts right after it.
                m.index += context + 1;
                this.take(m);
            });
            start = end;
        }
    }
    /** Reads the adornment at `m`. */
    take(m) {
        const at = m.index;
        // An adornment on a line of the last title starts nothing.
        if (at < this.#free)
            return;
        const { text } = this.#lines;
        const run = m[1];
        const above = m[2];
        const below = m[3];
        // The titles the search captured are read without a call; any other
        // adornment is read line by line. docutils treats a short underline as
        // text unless it is at least 4 long.
        if (above !== undefined &&
            (run.length >= above.length || run.length >= 4)) {
            const titleAt = text.lastIndexOf('\n', at - 2) + 1;
            this.#add(run[0], above, titleAt, titleAt, at);
        }
        else if (below !== undefined && m[4]?.[0] === run[0]) {
            const titleAt = text.indexOf('\n', at) + 1;
            const endAt = text.indexOf('\n', titleAt) + 1;
            this.#add(`${run[0]}o`, below, at, titleAt, endAt);
        }
        else {
            const other = checkedTitle(this.#lines, at, this.#free);
            if (other) {
                const { style, startAt, titleAt, endAt } = other;
                this.#add(style, other.text, startAt, titleAt, endAt);
            }
        }
    }
    #add(style, title, startAt, titleAt, endAt) {
        const level = this.#styles.levelOf(style);
        if (level <= OUTLINE_LEVELS || this.#styles.keeps(level, title)) {
            const { labels, order, starts, titles, ends } = this.found;
            const byText = (this.#ids[level] ??= new Map());
            let id = byText.get(title);
            if (id === undefined) {
                id = labels.push({ level, text: title }) - 1;
                byText.set(title, id);
            }
            order.push(id);
            starts.push(startAt);
            titles.push(titleAt);
            ends.push(endAt);
        }
        const next = this.#lines.next(endAt);
        this.#free = next < 0 ? this.#lines.text.length : next;
    }
}
/**
 * The levels of a document's title styles, and what the search for
 * adornments looks for: every one at first; with `naming`, once sub-titles
 * that it does not match are common among the first adornments, it passes
 * over their underlines from then on. Reading the line above each
 * adornment for that is what a file with few sub-titles would pay for and
 * not gain from.
 */
class TitleStyles {
    events = eventsWith('');
    /** True once the search passes over sub-titles. */
    settled = false;
    #naming;
    #levels = new Map();
    // Characters whose underlines make titles below level 2.
    #deep = [];
    // Titles below level 2 left out so far.
    #leftOut = 0;
    constructor(naming) {
        this.#naming = naming;
    }
    levelOf(style) {
        let level = this.#levels.get(style);
        if (level === undefined) {
            level = this.#levels.size + 1;
            this.#levels.set(style, level);
            if (level > OUTLINE_LEVELS && style.length === 1)
                this.#deep.push(style);
        }
        return level;
    }
    /** False for a title below level 2 that the outline leaves out. */
    keeps(level, text) {
        const naming = this.#naming;
        if (level <= OUTLINE_LEVELS || !naming || naming.test(text))
            return true;
        const deep = this.#deep;
        if (++this.#leftOut >= PASS_OVER_FROM && !this.settled) {
            this.events = eventsWith(passedOver(deep, naming), 'i');
            this.settled = true;
        }
        return false;
    }
}
// Adornment lines, less those `skip` matches at; `skip` holds no group.
function eventsWith(skip, flags = '') {
    return new LineOpening(new RegExp(`${RUN}${skip}${TITLE_ABOVE}${TITLE_BELOW}`, flags));
}
// What passes over an adornment line: an underline of a `deep` character
// below a line that ends no block (not blank, indented, markup, a bullet
// or an adornment) and that `naming` does not match. A title there would
// be left out, and no title can start at the underline.
function passedOver(deep, naming) {
    const chars = deep.map(ch => `\\${ch}`).join('');
    const plain = `(?!${BLOCK_END})(?!${ADORNMENT_AHEAD})(?![^\\n]*(?:${naming.source}))`;
    return `(?!(?=[${chars}])(?<=${plain}${LINE_START}[^\\n]*\\n))`;
}
// The title the adornment line at `at` underlines or overlines, read line
// by line.
function checkedTitle(lines, at, free) {
    const adornment = lines.lineAt(at);
    const ch = adornmentOf(adornment);
    if (ch === null)
        return null;
    return (underlined(lines, at, adornment, free) ?? overlined(lines, at, ch, free));
}
// The title that `adornment`, the line at `at`, underlines, if the line
// above it is free and is one.
function underlined(lines, at, adornment, free) {
    const above = lines.previous(at);
    if (above < free)
        return null;
    const line = lines.lineAt(above);
    if (!isTitleText(line, false))
        return null;
    const before = lines.previous(above);
    if (before >= 0 && !followsBlock(lines.lineAt(before)))
        return null;
    const text = line.trim();
    // docutils treats a short underline as text unless it is at least 4 long.
    const length = adornment.trimEnd().length;
    if (length < text.length && length < 4)
        return null;
    const style = adornment[0];
    return { style, text, startAt: above, titleAt: above, endAt: at };
}
// The title that the adornment at `at` overlines, if it is free.
function overlined(lines, at, ch, free) {
    if (at < free)
        return null;
    const before = lines.previous(at);
    if (before >= 0 && !followsBlock(lines.lineAt(before)))
        return null;
    const title = lines.next(at);
    const under = title < 0 ? -1 : lines.next(title);
    if (under < 0 || adornmentOf(lines.lineAt(under)) !== ch)
        return null;
    const line = lines.lineAt(title);
    if (!isTitleText(line, true))
        return null;
    return {
        style: `${ch}o`,
        text: line.trim(),
        startAt: at,
        titleAt: title,
        endAt: under
    };
}

;// CONCATENATED MODULE: ./build/engine/changelog/changelog-format.js

const SAMPLE_LINES = 2000;
const MARKDOWN_SUFFIXES = ['.md', '.markdown', '.mdown', '.mkd'];
const RST_SUFFIXES = ['.rst', '.rest'];
// Lines that only one of the two languages writes this way.
const ATX = /^#{1,6}[ \t]+[^ \t#]/;
const MD_FENCE = /^ {0,3}(?:```|~~~)/;
const MD_LINK = /^.{0,200}\]\(https?:/;
const RST_DIRECTIVE = /^\.\. [A-Za-z0-9_:-]{1,40}::/;
const RST_TARGET = /^\.\. _[^:]{1,200}:/;
const RST_LITERAL = /^.{0,400}``[^`]/;
const RST_ROLE = /^.{0,400}:[a-z][a-z:]{1,30}:`/;
const RST_LINK = /^.{0,400}`_/;
/**
 * The changelog's markup: from the file name (`.md`, `.rst`, \u2026) and, for
 * `.txt`, no suffix or anything else, from what the lines use most. Text
 * with neither Markdown nor reStructuredText features reads as
 * reStructuredText, whose underlined titles plain-text changelogs share.
 * Only the first 2,000 lines are read.
 */
function detectChangelogFormat(file, lines) {
    const name = file.toLowerCase();
    if (MARKDOWN_SUFFIXES.some(s => name.endsWith(s)))
        return 'markdown';
    if (RST_SUFFIXES.some(s => name.endsWith(s)))
        return 'rst';
    let markdown = 0;
    let rst = 0;
    // The head of a file tells its format as well as the whole does.
    // An overlined title looks two lines ahead.
    const head = lines.slice(0, SAMPLE_LINES + 2);
    const sample = Math.min(head.length, SAMPLE_LINES);
    for (let i = 0; i < sample; i++) {
        const line = head[i];
        if (ATX.test(line) || MD_FENCE.test(line) || MD_LINK.test(line)) {
            markdown++;
        }
        if (isRstOnly(head, i))
            rst++;
    }
    return markdown > rst ? 'markdown' : 'rst';
}
function isRstOnly(lines, i) {
    const line = lines[i];
    if (RST_DIRECTIVE.test(line) || RST_TARGET.test(line))
        return true;
    if (RST_LITERAL.test(line) || RST_ROLE.test(line) || RST_LINK.test(line)) {
        return true;
    }
    const ch = adornmentOf(line);
    if (ch === null)
        return false;
    // Markdown underlines only with `=` and `-`, and never overlines.
    const before = lines[i - 1];
    const underline = before !== undefined && before.trim() !== '';
    if (underline && ch !== '=' && ch !== '-')
        return true;
    const text = lines[i + 1];
    return (text !== undefined &&
        text.trim() !== '' &&
        adornmentOf(lines[i + 2] ?? '') === ch);
}

;// CONCATENATED MODULE: ./build/engine/version/pep440.js
/**
 * PEP 440 versions: parsing, normalization and ordering, matching Python's
 * `packaging.version.Version`. Numbers are BigInt because release segments
 * past 2^53 are valid and must still order correctly.
 */
/**
 * The characters of Python's `\s` (those for which str.isspace() is true),
 * for use inside a RegExp character class. packaging strips these around
 * versions and specifiers. JavaScript's `\s` differs: it lacks U+001C..U+001F
 * and U+0085 and has U+FEFF.
 */
const PYTHON_SPACE_CHARS = '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE = `[${PYTHON_SPACE_CHARS}]*`;
// The grammar of PEP 440 \u00a7 Appendix B, with the same leniency as packaging:
// case-insensitive, optional `v`, surrounding whitespace ignored. No `u` flag:
// packaging matches in ASCII mode, so U+017F (\u017f) must not pass for `s` in
// `post`, nor U+212A (Kelvin) for `k` in a local label, as they would under
// Unicode case folding. Each optional part starts with a character that
// cannot continue the part before it, so a failed match retries only a few
// alternatives per position: linear time, even on hostile input.
const VERSION_PATTERN = new RegExp(`^${SPACE}` +
    'v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preN>[0-9]+)?)?' +
    '(?<post>(?:-(?<postN1>[0-9]+))|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    `${SPACE}$`, 'i');
// CPython's int() refuses strings of more than 4300 digits
// (sys.get_int_max_str_digits(), the CVE-2020-10735 guard), so packaging
// cannot build such a version: it raises ValueError. Treat it as invalid.
const MAX_DIGITS = 4300;
const DIGITS = /^[0-9]+$/;
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    pre: 'rc',
    preview: 'rc',
    rc: 'rc'
};
/** Parses a version string; `null` when it is not a valid PEP 440 version. */
function parseVersion(text) {
    const g = VERSION_PATTERN.exec(text)?.groups;
    if (!g || g.release === undefined)
        return null;
    const release = g.release.split('.');
    const local = g.local?.toLowerCase().split(/[-_.]/) ?? null;
    // Alphanumeric local segments stay strings in packaging, whatever length.
    const numbers = [
        g.epoch,
        g.preN,
        g.postN1 ?? g.postN2,
        g.devN,
        ...release
    ].concat((local ?? []).filter(s => DIGITS.test(s)));
    if (numbers.some(n => n !== undefined && n.length > MAX_DIGITS))
        return null;
    return {
        epoch: big(g.epoch),
        release: release.map(n => BigInt(n)),
        pre: g.preL === undefined
            ? null
            : { label: PRE_LABELS[g.preL.toLowerCase()] ?? 'rc', n: big(g.preN) },
        post: g.post === undefined ? null : big(g.postN1 ?? g.postN2),
        dev: g.dev === undefined ? null : big(g.devN),
        local: local && local.map(s => (DIGITS.test(s) ? BigInt(s) : s))
    };
}
function big(digits) {
    return digits === undefined ? 0n : BigInt(digits);
}
/** True when the text is a valid PEP 440 version. */
function isValidVersion(text) {
    return parseVersion(text) !== null;
}
/** The canonical spelling, as `str(packaging.version.Version(text))`. */
function formatVersion(v) {
    let out = v.epoch === 0n ? '' : `${v.epoch}!`;
    out += v.release.join('.');
    if (v.pre)
        out += `${v.pre.label}${v.pre.n}`;
    if (v.post !== null)
        out += `.post${v.post}`;
    if (v.dev !== null)
        out += `.dev${v.dev}`;
    if (v.local)
        out += `+${v.local.join('.')}`;
    return out;
}
/** The normalized form of a version string, or `null` when invalid. */
function normalizeVersion(text) {
    const v = parseVersion(text);
    return v ? formatVersion(v) : null;
}
/** The version without its local part (PEP 440 "public version"). */
function publicVersion(v) {
    return { ...v, local: null };
}
/** The release segment with epoch only, e.g. `1.2.0` for `1.2.0rc1.post2`. */
function baseVersion(v) {
    return {
        epoch: v.epoch,
        release: v.release,
        pre: null,
        post: null,
        dev: null,
        local: null
    };
}
/** PEP 440 pre-release: a, b, rc or dev. */
function isPrerelease(v) {
    return v.pre !== null || v.dev !== null;
}
/** Orders two versions: negative, zero or positive. Equal means PEP 440 `==`. */
function compareVersions(a, b) {
    return (cmp(a.epoch, b.epoch) ||
        compareRelease(a.release, b.release) ||
        comparePre(a, b) ||
        compareOptional(a.post, b.post, -1) ||
        compareOptional(a.dev, b.dev, 1) ||
        compareLocal(a.local, b.local));
}
/** PEP 440 equality of two version strings; false when either is invalid. */
function versionsEqual(a, b) {
    const va = parseVersion(a);
    const vb = parseVersion(b);
    return va !== null && vb !== null && compareVersions(va, vb) === 0;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
// Trailing zeros do not count: 1.0 == 1.0.0.
function compareRelease(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const d = cmp(a[i] ?? 0n, b[i] ?? 0n);
        if (d)
            return d;
    }
    return 0;
}
// A bare dev release sorts before any pre-release of the same release
// (1.0.dev1 < 1.0a1); a final release sorts after all of them.
function preRank(v) {
    if (v.pre)
        return 0;
    return v.post === null && v.dev !== null ? -1 : 1;
}
function comparePre(a, b) {
    const d = preRank(a) - preRank(b);
    if (d || !a.pre || !b.pre)
        return Math.sign(d);
    return cmp(a.pre.label, b.pre.label) || cmp(a.pre.n, b.pre.n);
}
// `missing` is where an absent value sorts: -1 before every number, 1 after.
function compareOptional(a, b, missing) {
    if (a === null || b === null) {
        return a === b ? 0 : a === null ? missing : -missing;
    }
    return cmp(a, b);
}
// PEP 440 \u00a7 Local version identifiers: numeric segments sort above
// alphanumeric ones; a longer local version wins a tie on the common prefix.
function compareLocal(a, b) {
    if (a === null || b === null)
        return a === b ? 0 : a === null ? -1 : 1;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        if (typeof x !== typeof y)
            return typeof x === 'bigint' ? 1 : -1;
        const d = typeof x === 'bigint' ? cmp(x, y) : cmp(x, y);
        if (d)
            return d;
    }
    return cmp(BigInt(a.length), BigInt(b.length));
}

;// CONCATENATED MODULE: ./build/engine/changelog/find-entry.js

/**
 * The entries whose heading names `version`, by PEP 440 equality (`## [1.0.0-RC1]`
 * is the entry for `1.0.0rc1`, `## 2.3` the one for `2.3.0`), in document
 * order. Series stubs (`0.15.x`) and the Unreleased section never match.
 */
function entriesFor(entries, version) {
    const wanted = formatVersion(version);
    const key = equalityKey(wanted);
    // An equal version starts with the key's epoch and release numbers.
    const head = key.slice(0, releaseEnd(key));
    // Canonical spellings differ only where a release segment ends in `.0`.
    const equal = (n) => n !== null &&
        (n === wanted ||
            (n.startsWith(head) &&
                (n.includes('.0') || wanted.includes('.0')) &&
                equalityKey(n) === key));
    // Few headings name further versions: most entries skip that search.
    return entries.filter(e => e.kind === 'version' &&
        (equal(e.normalized) ||
            (e.alsoVersions.length > 0 && e.alsoVersions.some(equal))));
}
/**
 * A string that two canonical (normalized) versions share exactly when
 * PEP 440 calls them equal: only trailing zeros of the release segment
 * (`1.0` == `1.0.0`) make equal versions spell differently.
 */
function equalityKey(normalized) {
    const end = releaseEnd(normalized);
    let release = normalized.slice(0, end);
    while (release.endsWith('.0'))
        release = release.slice(0, -2);
    return release + normalized.slice(end);
}
// Where the epoch and release numbers of a canonical version end.
function releaseEnd(normalized) {
    let end = normalized.indexOf('!') + 1;
    while (end < normalized.length) {
        const code = normalized.charCodeAt(end);
        if (code !== 0x2e && (code < 0x30 || code > 0x39))
            break;
        end++;
    }
    // `.post1` and `.dev1` start with a dot that is not the release's.
    if (normalized[end - 1] === '.')
        end--;
    return end;
}

;// CONCATENATED MODULE: ./build/engine/changelog/changelog-date.js
const MONTHS = {
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    may: 5,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12
};
const FULL_MONTHS = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december'
];
// Sticky (`y`) patterns are tried only where a word starts, so each attempt
// is anchored and bounded by the short text being searched.
const ISO = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/y;
const NUMERIC_DMY = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d])/y;
const DAY_MONTH = /(\d{1,2})(?:st|nd|rd|th)?[ \t]+([A-Za-z]{3,9})\.?,?[ \t]+(\d{4})(?![\d])/y;
const MONTH_DAY = /([A-Za-z]{3,9})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4})(?![\d])/y;
const MONTH_YEAR = /([A-Za-z]{3,9}),?[ \t]+(\d{4})(?![\d])/y;
const FIRST_ISO = /^[^0-9]{0,200}((\d{4})-(\d{1,2})-(\d{1,2}))(?![\d])/;
// Dates sit right after the version; looking further only costs time.
const SEARCH_LIMIT = 200;
/**
 * Finds the first date in a short text: ISO `2024-01-02` (also `/` and `.`
 * separated, unpadded), `January 2, 2024`, `Jan 2nd 2024`, `2 January
 * 2024`, `6th December, 2024`, US `11-06-2013`, and month-and-year forms.
 */
function findDate(text) {
    // Most headings carry an ISO date as their first number: one match.
    const first = FIRST_ISO.exec(text);
    if (first) {
        return fullDate(first[1], num(first[2]), num(first[3]), num(first[4]));
    }
    const head = text.slice(0, SEARCH_LIMIT);
    for (let i = 0; i < head.length; i++) {
        // A date starts a word with a digit or a month's letter.
        if (!isAlnum(head.charCodeAt(i)) || isAlnum(head.charCodeAt(i - 1))) {
            continue;
        }
        const found = dateAt(head, i);
        if (found)
            return found;
    }
    return null;
}
/** The date at the very start of `text`, or `null`. */
function dateAt(text, at) {
    const code = text.charCodeAt(at);
    if (code >= 0x30 && code <= 0x39) {
        const iso = stickyMatch(ISO, text, at);
        if (iso)
            return fullDate(iso[0], num(iso[1]), num(iso[2]), num(iso[3]));
        const dmy = stickyMatch(NUMERIC_DMY, text, at);
        if (dmy)
            return numericDate(dmy[0], num(dmy[1]), num(dmy[2]), num(dmy[3]));
        const dm = stickyMatch(DAY_MONTH, text, at);
        return dm && namedDate(dm[0], dm[2], dm[1], dm[3]);
    }
    const md = stickyMatch(MONTH_DAY, text, at);
    const monthFirst = md && namedDate(md[0], md[1], md[2], md[3]);
    if (monthFirst)
        return monthFirst;
    const my = stickyMatch(MONTH_YEAR, text, at);
    if (my && typeof monthOf(my[1]) === 'number') {
        return { iso: null, text: my[0], invalid: false };
    }
    return null;
}
function namedDate(text, month, day, year) {
    const m = monthOf(month);
    if (m === null)
        return null;
    if (m === 'misspelled')
        return { iso: null, text, invalid: true };
    return fullDate(text, num(year), m, num(day));
}
function num(digits) {
    return Number(digits);
}
function stickyMatch(re, text, at) {
    re.lastIndex = at;
    return re.exec(text);
}
function isAlnum(code) {
    const lower = code | 0x20;
    return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
}
// A month by name or abbreviation; `Febuary` is a month misspelled,
// `Version` no month at all.
function monthOf(word) {
    const lower = (word ?? '').toLowerCase();
    const key = lower.startsWith('sept') ? 'sept' : lower.slice(0, 3);
    const n = MONTHS[key];
    if (n === undefined)
        return null;
    const full = FULL_MONTHS[n - 1];
    return lower.length <= 4 || full.startsWith(lower) ? n : 'misspelled';
}
// US order first (`11-06-2013` is November 6), day first when only that fits.
function numericDate(text, a, b, year) {
    if (isRealDate(year, a, b))
        return fullDate(text, year, a, b);
    return fullDate(text, year, b, a);
}
function fullDate(text, year, month, day) {
    if (!isRealDate(year, month, day))
        return { iso: null, text, invalid: true };
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    return { iso, text, invalid: false };
}
function isRealDate(year, month, day) {
    if (year < 1900 || month < 1 || month > 12 || day < 1)
        return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = month === 2 ? (leap ? 29 : 28) : 30 + ((month + (month >> 3)) % 2);
    return day <= days;
}
function pad(n) {
    return String(n).padStart(2, '0');
}

;// CONCATENATED MODULE: ./build/engine/changelog/entry-bounds.js

// `.. _v1.2.3:` (RST) and `<a name="v1.2.3"></a>` (Markdown) anchor the
// heading that follows them.
const RST_LABEL = /^\.\. _[^:`]{1,200}:[ \t]*$|^\.\. _`[^`]{1,200}`:[ \t]*$/;
const HTML_ANCHOR = /^[ \t]*<a[ \t]+(?:name|id)=["'][^"']{0,200}["'][ \t]*>[ \t]*<\/a>[ \t]*$/i;
// Lines that may end a file after its last entry: link definitions,
// `[1.2.3]: https://\u2026` (Markdown) and `.. _1.2.3: https://\u2026` or
// `__ https://\u2026` (RST hyperlink targets), and blank lines (whitespace as
// `trim` knows it). Each pattern reads from a line start to a line end.
// Labels are not held to the lengths a definition allows (999, 200):
// here any label marks the line, and the bounded repeats would cost the
// pattern below more to compile than the whole search takes.
const TRAILING = /[^\S\n]*(?=\n|$)| {0,3}\[[^\]\n]+\]:[ \t]*\S|\.\. _[^:\n]+:[ \t]+\S|\.\. __:[ \t]+\S|__[ \t]+\S/
    .source;
const TRAILING_AT = new RegExp(TRAILING, 'y');
// A line end before the last line that is not trailing: every line after
// it is. Each lookahead stops at the next line that is not trailing, so a
// search reads each line a bounded number of times.
const LAST_CONTENT = new RegExp(`\\n(?!${TRAILING})(?=[^\\n]*(?:\\n(?:${TRAILING})[^\\n]*)*$)`, 'g');
// Most files end with their last entry, or a short list of definitions.
const FIRST_SEARCH = 65_536;
/**
 * The lines between a heading block and the heading that ends its section
 * (`stop`), or the end of the file. Labels and anchors directly above `stop`
 * belong to `stop`; a file's trailing block of link definitions belongs to
 * no section. Blank lines at either end are trimmed.
 */
function bodyRange(lines, headingEnd, stop) {
    const from = headingEnd + 1;
    const to = stop ? ownedStart(lines, stop.start) - 1 : lastContentLine(lines);
    return trimRange(lines, { from, to });
}
/** The first line belonging to the heading block starting at `start`. */
function ownedStart(lines, start) {
    let first = start;
    for (let i = start - 1; i >= 0; i--) {
        const line = lines.line(i);
        if (isBlank(line))
            continue;
        if (!isAnchor(line))
            break;
        first = i;
    }
    return first;
}
function isAnchor(line) {
    if (line.startsWith('.. _'))
        return RST_LABEL.test(line);
    return line.includes('<a') && HTML_ANCHOR.test(line);
}
// The file's last line that is neither blank nor a link definition, or -1.
// One native search of the text's end finds it; when that part holds
// only trailing lines (a file may end with thousands of definitions), a
// larger part is searched, up to where the last one began.
function lastContentLine(lines) {
    const text = lines.text;
    // Every line after `end` is trailing.
    let end = text.length;
    for (let size = FIRST_SEARCH;; size *= 4) {
        const from = Math.max(0, text.length - size);
        LAST_CONTENT.lastIndex = 0;
        const m = LAST_CONTENT.exec(text.slice(from, end));
        if (m)
            return lines.lineOf(from + m.index + 1);
        if (from === 0)
            break;
        // The line holding `from` may not be trailing; those after it are.
        end = Math.max(text.indexOf('\n', from), from);
    }
    // No line after the first is content: the first may be.
    TRAILING_AT.lastIndex = 0;
    return TRAILING_AT.test(text) ? -1 : 0;
}
/** Narrows a range to its first and last non-blank lines. */
function trimRange(lines, range) {
    let { from, to } = range;
    while (from <= to && isBlank(lines.line(from)))
        from++;
    while (to >= from && isBlank(lines.line(to)))
        to--;
    return { from, to };
}

;// CONCATENATED MODULE: ./build/engine/changelog/entry-facts.js


// A first body line that only dates the release: `_4 August 2026_`,
// `Released on 2026-08-20.`, `(released June 21st, 2025)`,
// `:release-date: 2025-10-12`, `[Monday, 6 March 2023](\u2026)`.
const RELEASE_LINE_LEAD = /^[ \t_*([:]*(?:release[ -]date|released[ \t]+on|released|date)?:?[ \t]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?/i;
const RELEASE_LINE_MAX = 120;
const UNRELEASED_MARK = /^[ \t_*(-]*(?:unreleased|not released|not yet released|in development|under development)(?![A-Za-z])/i;
const YANKED = /^yanked(?![A-Za-z])/i;
/**
 * Builds an entry from its place among the headings and what its heading
 * names. What needs the body or the heading's lines (range, date, markers,
 * line) is read on first use: a long changelog has thousands of entries
 * and a check looks closely at only a few of them.
 */
function entryFacts(lines, table, name, place) {
    return new ParsedEntry(lines, table, name, place);
}
// The lazily read facts are getters on the prototype: one small object per
// entry, however many entries a file has; its heading becomes an object
// only when its lines are read. Its fields are plain and set once: a
// declared or `#` field costs an initializer run per object.
class ParsedEntry {
    constructor(lines, table, name, place) {
        const label = table.labelAt(place.first);
        this.kind = name.kind;
        this.version = name.version;
        this.normalized = name.normalized;
        this.alsoVersions = name.also;
        this.heading = label.text;
        this.level = label.level;
        this.prefix = name.prefix;
        this.lines = lines;
        this.table = table;
        this.name = name;
        this.place = place;
        this.facts = undefined;
    }
    get line() {
        return this.table.heading(this.place.first).line + 1;
    }
    get bodyStart() {
        return this.read().bodyStart;
    }
    get bodyEnd() {
        return this.read().bodyEnd;
    }
    get date() {
        return this.read().date;
    }
    get dateText() {
        return this.read().dateText;
    }
    get dateInvalid() {
        return this.read().dateInvalid;
    }
    get yanked() {
        return this.read().yanked;
    }
    get markedUnreleased() {
        return this.read().markedUnreleased;
    }
    read() {
        this.facts ??= bodyFacts(this.lines, this.name, this.range());
        return this.facts;
    }
    // From below the heading block to the heading that ends the entry.
    range() {
        const { table, place } = this;
        const stop = place.stop < 0 ? null : table.heading(place.stop);
        return bodyRange(this.lines, table.heading(place.last).end, stop);
    }
}
function bodyFacts(lines, name, range) {
    const rest = withoutLinkTargets(name.rest);
    const firstBody = range.from <= range.to ? lines.line(range.from) : '';
    const date = findDate(rest) ?? releaseLineDate(firstBody);
    return {
        bodyStart: range.from <= range.to ? range.from + 1 : null,
        bodyEnd: range.from <= range.to ? range.to + 1 : null,
        date: date?.iso ?? null,
        dateText: date?.text ?? null,
        dateInvalid: date?.invalid ?? false,
        yanked: hasWord(rest, YANKED, 'yank'),
        markedUnreleased: name.kind === 'version' &&
            (hasWord(rest, UNRELEASED_MARK, 'releas', 'develop') ||
                UNRELEASED_MARK.test(firstBody))
    };
}
function releaseLineDate(line) {
    if (line.length > RELEASE_LINE_MAX)
        return null;
    const lead = RELEASE_LINE_LEAD.exec(line);
    return dateAt(line, lead ? lead[0].length : 0);
}
// True when a word of `text` (at most its first 200 characters) starts a
// match of the anchored pattern; `hints` are words any match contains.
function hasWord(text, pattern, ...hints) {
    const head = text.slice(0, 200);
    const lower = head.toLowerCase();
    if (!hints.some(hint => lower.includes(hint)))
        return false;
    for (let i = 0; i < head.length; i++) {
        if (i > 0 && /[A-Za-z]/.test(head[i - 1]))
            continue;
        if (pattern.test(head.slice(i)))
            return true;
    }
    return false;
}
// `](https://\u2026/compare/v1.0...v1.1)` holds versions and digits that are no
// part of the heading's own date or markers.
function withoutLinkTargets(text) {
    if (!text.includes(']('))
        return text.slice(0, 400);
    let out = '';
    let depth = 0;
    for (let i = 0; i < text.length && out.length < 400; i++) {
        const ch = text[i];
        if (ch === '(' && (depth > 0 || text[i - 1] === ']'))
            depth++;
        else if (ch === ')' && depth > 0)
            depth--;
        else if (depth === 0)
            out += ch;
    }
    return out;
}

;// CONCATENATED MODULE: ./build/engine/changelog/unreleased-title.js
// Titles of the section that collects changes before they are released:
// `Unreleased`, `[UNRELEASED]`, `In development`, `Next Release`, `dev`.
const UNRELEASED = new Set([
    'unreleased',
    'un-released',
    'unreleased changes',
    'not released',
    'not released yet',
    'not yet released',
    'in development',
    'under development',
    'in progress',
    'work in progress',
    'upcoming',
    'upcoming changes',
    'upcoming release',
    'next',
    'next release',
    'next version',
    'latest changes',
    'changes since last release',
    'dev',
    'development version',
    'main',
    'master',
    'head'
]);
/** Every Unreleased-style title holds one of these, in any case. */
const UNRELEASED_HINTS = [
    'releas',
    'dev',
    'progress',
    'upcoming',
    'next',
    'latest',
    'main',
    'master',
    'head'
];
/** True for titles such as `Unreleased`, `[UNRELEASED]`, `In development`. */
function isUnreleasedTitle(text) {
    const head = text.slice(0, 200).toLowerCase();
    if (!UNRELEASED_HINTS.some(hint => head.includes(hint)))
        return false;
    const plain = plainTitle(text);
    if (UNRELEASED.has(plain))
        return true;
    const first = plain.split(' ', 1)[0] ?? '';
    return first === 'unreleased' || first === 'upcoming';
}
// Markup and link targets removed, lowercased, single-spaced:
// `[Unreleased](https://\u2026/compare/1.0...HEAD)` reads `unreleased`.
function plainTitle(text) {
    let out = '';
    let depth = 0;
    for (let i = 0; i < text.length && out.length < 200; i++) {
        const ch = text[i];
        if (ch === '(' && text[i - 1] === ']')
            depth++;
        else if (ch === ')' && depth > 0)
            depth--;
        else if (depth === 0 && !'[]`*_{}:#'.includes(ch))
            out += ch;
    }
    return out.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}

;// CONCATENATED MODULE: ./build/engine/changelog/version-text.js

const RELEASE_CHARS = /^[0-9.]{1,100}$/;
const EMPTY_SEGMENT = /^\.|\.\.|\.$/;
// Each repetition opens with a dot: no two ways to match, linear time.
const CANONICAL_RELEASE = /^(?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))*$/;
// Version text as headings write it: release numbers, wildcards, and the
// characters a version may hold.
/** A version series: numbers, then wildcards (`0.15.x`, `5.x`, `1.x.x`). */
function isSeries(raw) {
    const last = raw[raw.length - 1];
    if (last !== 'x' && last !== 'X' && last !== '*')
        return false;
    const parts = raw.split('.');
    const first = parts.findIndex(p => p === 'x' || p === 'X' || p === '*');
    if (first < 1)
        return false;
    return parts.every((p, i) => i < first ? /^[0-9]+$/.test(p) : p === 'x' || p === 'X' || p === '*');
}
/** The version without trailing `.`, `-`, `_` or `+` (`23.8.0.`). */
function trimPunctuation(version) {
    let end = version.length;
    while (end > 0 && '.-_+'.includes(version[end - 1]))
        end--;
    return version.slice(0, end);
}
/** True for a character versions are written with: `[0-9A-Za-z.!+_-]`. */
function isVersionCode(code) {
    const lower = code | 0x20;
    if ((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) {
        return true;
    }
    return (code === 0x2e ||
        code === 0x21 ||
        code === 0x2b ||
        code === 0x5f ||
        code === 0x2d);
}
/** True when the text holds an ASCII digit. */
function hasDigit(text) {
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x30 && code <= 0x39)
            return true;
    }
    return false;
}
/**
 * The PEP 440 normalized form, `null` when invalid. Plain release numbers
 * (`2026.08.17`) skip the full parse: their canonical form only drops
 * leading zeros.
 */
function normalize(raw) {
    // Most headings write the canonical form already: one test says so.
    if (raw.length <= 100 && CANONICAL_RELEASE.test(raw))
        return raw;
    if (!isRelease(raw))
        return normalizeVersion(raw);
    // A plain release that is not canonical has a segment with a leading zero.
    return raw
        .split('.')
        .map(p => p.replace(/^0+(?=[0-9])/, ''))
        .join('.');
}
// Digits in dot-separated segments, none empty.
function isRelease(raw) {
    return RELEASE_CHARS.test(raw) && !EMPTY_SEGMENT.test(raw);
}
/** True for an ASCII digit. */
function isDigit(ch) {
    return ch !== undefined && ch >= '0' && ch <= '9';
}

;// CONCATENATED MODULE: ./build/engine/changelog/heading-name.js


// Words that introduce a version without naming a product.
const KEYWORDS = new Set([
    'version',
    'release',
    'released',
    'changes',
    'changelog',
    'for',
    'in',
    'new',
    "what's",
    'whats'
]);
const MAX_PREFIX_WORDS = 3;
// Real versions are short; the cap bounds the work on a hostile heading.
const MAX_VERSION_LENGTH = 100;
const WORD = /^[A-Za-z][A-Za-z0-9'._-]*$/;
const INVALID_BUT_VERSION = /^[0-9]+\.[0-9]+/;
const WRAPPERS = '[`*_';
const BARE_VERSION = /^[ \t]*[[`*_]{0,3}[vV]?([0-9][0-9A-Za-z.!+_-]{0,101})/;
// What most release headings open with: a canonical release (`[1.2.3]`),
// whole, and not the first of a list (`1.2.3 and 1.3.0`). Read by this one
// pattern, it names itself; anything else takes the longer way.
const CANONICAL_OPENING = /^[ \t]*[[`*_]{0,3}[vV]?((?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))+)(?![0-9A-Za-z.!+_-])(?!\s*[,&a])/;
const ALSO_VERSION = /[ \t]*(?:,|and|&)[ \t]*v?([0-9][0-9A-Za-z.!+_-]{0,99})/y;
const MAX_ALSO = 5;
const NONE = Object.freeze([]);
// What a list of further versions opens with, after any space.
const ALSO_LEAD = /^\s*[,&a]/;
/**
 * Reads what a heading names: a version near its start (after at most three
 * words such as `Version`, `Release`, a product name), a version series
 * (`0.15.x`), or an Unreleased-style title. `null` when it names none.
 */
function readHeadingName(text) {
    const canonical = CANONICAL_OPENING.exec(text);
    const release = canonical?.[1];
    if (release !== undefined && release.length <= MAX_VERSION_LENGTH) {
        const rest = text.slice(canonical[0].length);
        return heading_name_name('version', release, release, '', rest);
    }
    // Most sub-headings (`### Added`) hold no digit: no version to look for.
    const version = hasDigit(text) ? leadingVersion(text) : null;
    if (version)
        return version;
    return isUnreleasedTitle(text) ? heading_name_name('unreleased', null, null, '', '') : null;
}
function leadingVersion(text) {
    // Most release headings open with the version itself: `[1.2.3] - \u2026`.
    const bare = BARE_VERSION.exec(text);
    if (bare) {
        const run = bare[1];
        if (run.length > MAX_VERSION_LENGTH)
            return null;
        const raw = trimPunctuation(run);
        const start = bare[0].length - run.length;
        const hasV = text[start - 1] === 'v' || text[start - 1] === 'V';
        const end = start + raw.length;
        return named({ raw, end, gluedPrefix: '', hasV }, NONE, text.slice(end));
    }
    const words = [];
    let pos = 0;
    for (let n = 0; n <= MAX_PREFIX_WORDS; n++) {
        const token = nextToken(text, pos);
        if (!token)
            return null;
        const found = versionInToken(token.text);
        if (found) {
            const rest = text.slice(token.start + found.end);
            return named(found, [...words, found.gluedPrefix], rest);
        }
        const core = stripWrappers(token.text);
        if (!WORD.test(core))
            return null;
        words.push(core.toLowerCase());
        pos = token.start + token.text.length;
    }
    return null;
}
function nextToken(text, from) {
    let start = from;
    while (start < text.length && isSpace(text.charCodeAt(start)))
        start++;
    if (start >= text.length)
        return null;
    let end = start;
    while (end < text.length && !isSpace(text.charCodeAt(end)))
        end++;
    return { start, text: text.slice(start, end) };
}
// Controls, space and no-break space separate words in a heading.
function isSpace(code) {
    return code <= 0x20 || code === 0xa0 || code === 0x3000;
}
function stripWrappers(token) {
    let i = 0;
    while (i < token.length && WRAPPERS.includes(token[i]))
        i++;
    return token.slice(i);
}
// A version starts a token (after `[`, a backtick, `*` or `_`), optionally
// after `v` or a tag-like prefix ending in `-`, `/`, `@`, `=` or `_`.
function versionInToken(token) {
    const lead = token.length - stripWrappers(token).length;
    let start = lead;
    while (start < token.length && !isDigit(token[start]))
        start++;
    if (start >= token.length || start - lead > MAX_VERSION_LENGTH)
        return null;
    let glued = token.slice(lead, start);
    const hasV = glued.endsWith('v') || glued.endsWith('V');
    if (hasV)
        glued = glued.slice(0, -1);
    if (glued !== '' && !isTagPrefix(glued))
        return null;
    let end = start;
    while (end < token.length && isVersionCode(token.charCodeAt(end))) {
        if (++end - start > MAX_VERSION_LENGTH)
            return null;
    }
    const raw = trimPunctuation(token.slice(start, end));
    end = start + raw.length;
    return { raw, end, gluedPrefix: glued.toLowerCase(), hasV };
}
function isTagPrefix(glued) {
    return (/^[A-Za-z][A-Za-z0-9._/@=-]*$/.test(glued) &&
        '-/@=_'.includes(glued.slice(-1)));
}
function named(found, words, rest) {
    const { raw } = found;
    // Most release headings open with the version: no words to sort.
    const prefix = words.length === 0
        ? ''
        : words.filter(w => w !== '' && !KEYWORDS.has(w)).join(' ');
    if (isSeries(raw))
        return heading_name_name('series', raw, null, prefix, rest);
    const normalized = normalize(raw);
    if (normalized !== null) {
        // A bare number (`2 new features`) is no version without a hint that it is.
        const hinted = found.hasV || words.some(w => KEYWORDS.has(w));
        if (!raw.includes('.') && !hinted)
            return null;
        return heading_name_name('version', raw, normalized, prefix, rest, alsoNamed(rest));
    }
    const cut = cutAtSeparator(raw);
    if (cut !== null) {
        const after = raw.slice(cut.length) + rest;
        return heading_name_name('version', cut, normalize(cut), prefix, after);
    }
    // `3.0.0.final` names a release even though PEP 440 cannot read it.
    if (!INVALID_BUT_VERSION.test(raw))
        return null;
    return heading_name_name('version', raw, null, prefix, rest);
}
function heading_name_name(kind, version, normalized, prefix, rest, also = NONE) {
    return { kind, version, normalized, prefix, rest, also };
}
// `3.7.1 and 3.8.1 and 4.0.1`, `1.0.1, 1.1.1`: one section for several
// releases.
function alsoNamed(rest) {
    if (!ALSO_LEAD.test(rest))
        return NONE;
    const also = [];
    let at = 0;
    while (also.length < MAX_ALSO) {
        ALSO_VERSION.lastIndex = at;
        const m = ALSO_VERSION.exec(rest);
        const normalized = m ? normalize(trimPunctuation(m[1])) : null;
        if (!m || normalized === null)
            break;
        also.push(normalized);
        at = ALSO_VERSION.lastIndex;
    }
    return also;
}
// `1.2.3-2024-01-02`: the version ends at the first `-` or `_`.
function cutAtSeparator(raw) {
    let at = 0;
    while (at < raw.length && raw[at] !== '-' && raw[at] !== '_')
        at++;
    if (at === 0 || at === raw.length)
        return null;
    const head = raw.slice(0, at);
    return normalize(head) !== null && head.includes('.') ? head : null;
}

;// CONCATENATED MODULE: ./build/engine/changelog/markdown-headings.js



// Every pattern here is anchored and free of nested quantifiers: changelog
// text is untrusted and a heading may be megabytes long.
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|$)/;
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[ \t>]|$)/i;
const ATX_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;
// The only lines that can be a heading or hide one: an ATX heading (`atx`
// matches its `#` run and text, captured whole), an underline, a fence,
// HTML. Finding them with one native search of the text is what keeps a
// large file cheap: no other line is read, except when an underline asks
// what stands above it.
function markdown_headings_eventsWith(atx, flags = '') {
    return new LineOpening(new RegExp(` {0,3}(${atx})(?=\\n|$)|[ \\t]*(?:\`\`\`|~~~|<)| {0,3}(?:=+[ \\t]*(?:\\n|$)|-+[ \\t]*(?:\\n|$))`, flags));
}
const EVENT = markdown_headings_eventsWith('#{1,6}(?:[ \\t][^\\n]*)?');
/**
 * What {@link scanMarkdownHeadings} looks for to find a document's
 * outline: every heading, except ATX headings below level 2 whose text
 * holds neither a digit nor one of `words` (any case). Those are the
 * `### Added` repeated under every release, which can name nothing; the
 * search passes over them natively. Each pattern reads one line.
 */
function outlineEvents(words) {
    const kept = `#{1,${OUTLINE_LEVELS}}(?:[ \\t][^\\n]*)?`;
    const named = `#{${OUTLINE_LEVELS + 1},6}[ \\t](?=[^\\n]*(?:${namingClues(words)}))[^\\n]*`;
    return markdown_headings_eventsWith(`${kept}|${named}`, 'i');
}
/**
 * Finds the headings of a Markdown document: ATX (`#` to `######`) and
 * setext (`===` for level 1, `---` for level 2, under a paragraph that is
 * not part of a list or quote). Lines inside fenced code (backticks or
 * tildes, any length), HTML comments, raw HTML blocks and a YAML front
 * matter block are never headings. The scan moves by offsets in the text;
 * a heading's line numbers are counted when they are read.
 */
function scanMarkdownHeadings(lines, events = EVENT) {
    const found = findHeadings(lines, events);
    const labels = found.labels.map(label => typeof label === 'string' ? atxLabel(label) : label);
    // The text of a setext heading starts on its first line too.
    return offsetHeadings(lines, labels, { ...found, titles: found.starts });
}
// The loop over the text, kept apart and small: it is what runs hot on a
// long changelog, and the engine compiles a small function quickly.
function findHeadings(lines, events) {
    const found = { labels: [], order: [], starts: [], ends: [] };
    const { labels, order, starts, ends } = found;
    // Label ids by key: an ATX heading's whole line, a setext heading's
    // level and text. Repeated sub-headings (`### Added`) are read once.
    const ids = new Map();
    const { text } = lines;
    const scan = { barrier: frontMatterEnd(lines), listRun: -2 };
    let m = lines.match(events, scan.barrier + 1);
    while (m) {
        let at = m.index;
        const atx = m[1];
        if (atx !== undefined) {
            // Inline rather than shared with setext headings below: this runs
            // once per heading, thousands of times in a long changelog.
            let id = ids.get(atx);
            if (id === undefined) {
                id = labels.push(atx) - 1;
                ids.set(atx, id);
            }
            order.push(id);
            starts.push(at);
            ends.push(at);
            scan.barrier = at;
        }
        else {
            at = blockEvent(lines, at, scan, (key, title, end) => {
                let id = ids.get(key);
                if (id === undefined) {
                    id = labels.push(title) - 1;
                    ids.set(key, id);
                }
                order.push(id);
                starts.push(title.first);
                ends.push(end);
            });
        }
        // What `lines.match(events, at + 1)` does, without the call.
        events.afterLineEnd.lastIndex = at;
        m = events.afterLineEnd.exec(text);
        if (m)
            m.index++;
    }
    return found;
}
// A line found by EVENT that is no ATX heading: fenced code or HTML, which
// hides what it holds, or an underline, which may make a setext heading
// (`found` is told of it, and where its underline starts). Where the scan
// goes on from.
function blockEvent(lines, at, scan, found) {
    const line = lines.lineAt(at);
    const hidden = hiddenBlockEnd(lines, at, line);
    if (hidden >= 0) {
        scan.barrier = hidden;
        return hidden;
    }
    const title = setextTitle(lines, at, line, scan);
    if (title)
        found(`${title.level}\n${title.text}`, title, at);
    if (title || isThematicBreak(line))
        scan.barrier = at;
    return at;
}
// A document may open with `---` \u2026 `---` metadata (MkDocs, Jekyll); its last
// line would otherwise read as a setext underline. Where that block's last
// line starts, or -1.
function frontMatterEnd(lines) {
    if (lines.lineAt(0).trimEnd() !== '---')
        return -1;
    for (let at = lines.next(0); at >= 0; at = lines.next(at)) {
        const line = lines.lineAt(at).trimEnd();
        if (line === '---' || line === '...')
            return at;
    }
    return -1;
}
// Where the last line of fenced code or an HTML block opening at `at`
// starts, or -1 when none opens there.
function hiddenBlockEnd(lines, at, line) {
    const fence = FENCE_OPEN.exec(line);
    if (fence)
        return closingLine(lines, at, l => closesFence(l, fence[1]));
    const comment = line.indexOf('<!--');
    if (comment >= 0 && line.trimStart().startsWith('<!--')) {
        if (line.includes('-->', comment + 4))
            return at;
        return closingLine(lines, at, l => l.includes('-->'));
    }
    const raw = RAW_HTML_OPEN.exec(line);
    if (!raw)
        return -1;
    const end = `</${raw[1].toLowerCase()}>`;
    if (line.toLowerCase().includes(end))
        return at;
    return closingLine(lines, at, l => l.toLowerCase().includes(end));
}
// An unclosed block runs to the end of the document.
function closingLine(lines, open, closes) {
    let last = open;
    for (let at = lines.next(open); at >= 0; at = lines.next(at)) {
        if (closes(lines.lineAt(at)))
            return at;
        last = at;
    }
    return last;
}
function closesFence(line, fence) {
    const trimmed = line.trim();
    if (trimmed.length < fence.length)
        return false;
    for (const ch of trimmed)
        if (ch !== fence[0])
            return false;
    return true;
}
// An underline makes a heading of the paragraph right above it, unless
// that text continues a list item or a quote.
function setextTitle(lines, at, underline, scan) {
    if (!SETEXT_UNDERLINE.test(underline))
        return null;
    const first = paragraphStart(lines, at, scan);
    if (first < 0)
        return null;
    // CommonMark: every line of the paragraph is the heading's text.
    const text = linesBetween(lines, first, at)
        .map(l => l.trim())
        .join(' ');
    const level = underline.trimStart().startsWith('=') ? 1 : 2;
    return { level, text, first };
}
// The lines from the one starting at `first` up to the one at `end`.
function linesBetween(lines, first, end) {
    const out = [];
    for (let at = first; at >= 0 && at < end; at = lines.next(at)) {
        out.push(lines.lineAt(at));
    }
    return out;
}
// Where the paragraph ending above the line at `at` starts, or -1 when
// there is none or it belongs to a list or quote. Each line is walked once:
// a run found to be list text is remembered, not walked again.
function paragraphStart(lines, at, scan) {
    let first = at;
    for (;;) {
        const above = lines.previous(first);
        if (above < 0 || above <= scan.barrier || above === scan.listRun)
            break;
        const line = lines.lineAt(above);
        // An outline's scan passes over some ATX headings: they end no block.
        if (isBlank(line) || isThematicBreak(line) || ATX_LINE.test(line))
            break;
        first = above;
    }
    const listText = lines.previous(first) === scan.listRun ||
        linesBetween(lines, first, at).some(l => LIST_ITEM.test(l) || isQuote(l)) ||
        (first < at && continuesList(lines, first, scan.barrier));
    if (first === at)
        return -1;
    if (listText) {
        scan.listRun = at;
        return -1;
    }
    return first;
}
// Indented text after a blank line continues the list item above it.
function continuesList(lines, first, barrier) {
    const indent = indentOf(lines.lineAt(first));
    if (indent >= 4)
        return true;
    if (indent < 2)
        return false;
    for (let at = lines.previous(first); at > barrier; at = lines.previous(at)) {
        const line = lines.lineAt(at);
        if (isBlank(line))
            continue;
        if (ATX_LINE.test(line))
            return false;
        return LIST_ITEM.test(line) || indentOf(line) >= 2;
    }
    return false;
}
function isQuote(line) {
    return line.trimStart().startsWith('>');
}
// CommonMark \u00a7 ATX headings: the level is the `#` run; the optional
// closing sequence is a run of `#` preceded by a space (or the whole
// content); anything else is text.
function atxLabel(line) {
    let level = 0;
    while (line.charCodeAt(level) === 0x23)
        level++;
    const content = line.slice(level).trim();
    let end = content.length;
    while (end > 0 && content[end - 1] === '#')
        end--;
    if (end === 0)
        return { level, text: '' };
    const before = content[end - 1];
    if (end < content.length && (before === ' ' || before === '\t')) {
        return { level, text: content.slice(0, end).trim() };
    }
    return { level, text: content };
}

;// CONCATENATED MODULE: ./build/engine/changelog/parse-changelog.js








// `Previous releases`, `Older changes`: a section after the last release
// that lists none itself.
const TRAILER_WORDS = new Set(['previous', 'older', 'earlier', 'past', 'prior']);
// A changelog's outline: every heading that can name an entry or end one.
// A sub-heading with no digit and no word of these cannot.
const OUTLINE_WORDS = [...UNRELEASED_HINTS, ...TRAILER_WORDS];
const MARKDOWN_OUTLINE = outlineEvents(OUTLINE_WORDS);
const RST_NAMING = new RegExp(namingClues(OUTLINE_WORDS), 'i');
/**
 * Parses a changelog into its entries, in document order. The format comes
 * from the file name, or from the content when the name does not tell
 * (`CHANGES`, `NEWS.txt`).
 *
 * An entry's body runs from below its heading to the next heading that
 * names a version (at any level), an Unreleased-style or series heading, a
 * heading of a strictly higher level, or a trailer such as `Older changes`.
 * Sub-headings naming no version stay in the body, however they are levelled.
 */
function parseChangelog(text, file, options = {}) {
    const lines = new TextLines(text);
    const format = detectChangelogFormat(file, lines);
    let table = headingTable(format, lines, true);
    let names = acceptedNames(table, options.projectName);
    // Entries this deep may end at a sub-heading the outline passes over.
    if (deepestName(table, names) > OUTLINE_ENTRY_LEVELS) {
        table = headingTable(format, lines, false);
        names = acceptedNames(table, options.projectName);
    }
    const stops = stopLabels(table.labels, names);
    const { order, labels } = table;
    const entries = [];
    for (let i = 0; i < order.length; i++) {
        const name = names[order[i]];
        if (!name)
            continue;
        const first = i;
        // Stacked titles for one release (`1.0 (date)` then `proj 1.0 (date)`)
        // form one heading block.
        while (restates(lines, table, names, i, name))
            i++;
        const level = levelOf(labels, order[first]);
        const stop = nextStop(table, stops, i + 1, level);
        entries.push(entryFacts(lines, table, name, { first, last: i, stop }));
    }
    return { format, lines, entries };
}
// The document's headings: its outline only, or every one.
function headingTable(format, lines, outline) {
    if (format === 'markdown') {
        return outline
            ? scanMarkdownHeadings(lines, MARKDOWN_OUTLINE)
            : scanMarkdownHeadings(lines);
    }
    return scanRstOutline(lines, outline ? RST_NAMING : null);
}
// True when the heading after the one at `index` titles the same release
// again, right below it.
function restates(lines, table, names, index, name) {
    if (index + 1 >= table.length)
        return false;
    const nextName = names[table.order[index + 1]];
    if (!nextName || nextName.kind !== 'version' || name.kind !== 'version') {
        return false;
    }
    if (nextName.normalized === null || nextName.normalized !== name.normalized) {
        return false;
    }
    if (table.labelAt(index + 1).level !== table.labelAt(index).level) {
        return false;
    }
    const heading = table.heading(index);
    const next = table.heading(index + 1);
    for (let i = heading.end + 1; i < next.start; i++) {
        if (!isBlank(lines.line(i)))
            return false;
    }
    return true;
}
// Labels of headings that end any entry above them: those naming a
// version, and trailers.
function stopLabels(labels, names) {
    return labels.map((label, id) => names[id] !== null || isTrailer(label.text));
}
// The index of the first heading from `from` on that ends an entry of
// `level`, or -1.
function nextStop(table, stops, from, level) {
    const { order, labels } = table;
    for (let j = from; j < order.length; j++) {
        const id = order[j];
        if (stops[id] || levelOf(labels, id) < level)
            return j;
    }
    return -1;
}
function isTrailer(text) {
    const space = text.indexOf(' ');
    const first = (space < 0 ? text : text.slice(0, space)).toLowerCase();
    return TRAILER_WORDS.has(first) && text.split(/\s+/, 7).length <= 6;
}
/**
 * Reads every label's name, then drops names a sub-heading only mentions:
 * below the level most releases use, a version after other words counts
 * only when those words open a release heading too (`### Mypy 2.3.1` under
 * `## Mypy 2.3`), never when they are prose (`Using Kombu 5.5.0rc3`).
 */
function acceptedNames(table, projectName) {
    const { labels } = table;
    const names = labels.map(label => readHeadingName(label.text));
    const main = releaseLevel(table, names);
    const prefixes = new Set();
    names.forEach((name, id) => {
        if (name && name.kind !== 'unreleased' && levelOf(labels, id) <= main) {
            prefixes.add(name.prefix);
        }
    });
    const known = new Set([...prefixes].map(firstWord));
    if (projectName)
        known.add(firstWord(projectName));
    return names.map((name, id) => {
        if (!name || levelOf(labels, id) <= main)
            return name;
        const mentioned = name.kind === 'unreleased' ||
            (name.prefix !== '' && !known.has(firstWord(name.prefix)));
        return mentioned ? null : name;
    });
}
// The deepest level of a heading that names something; 0 when none does.
function deepestName(table, names) {
    let deepest = 0;
    names.forEach((name, id) => {
        if (name)
            deepest = Math.max(deepest, levelOf(table.labels, id));
    });
    return deepest;
}
function levelOf(labels, id) {
    return labels[id].level;
}
// The level holding most version headings, preferring those that start
// with the version (their level is the release level for certain).
function releaseLevel(table, names) {
    const bare = new Map();
    const all = new Map();
    for (const id of table.order) {
        const name = names[id];
        if (name?.kind !== 'version')
            continue;
        const level = levelOf(table.labels, id);
        all.set(level, (all.get(level) ?? 0) + 1);
        if (name.prefix === '')
            bare.set(level, (bare.get(level) ?? 0) + 1);
    }
    return mostCommon(bare.size > 0 ? bare : all);
}
// The key with the highest count; the lowest key among equal counts.
function mostCommon(counts) {
    let best = Infinity;
    let most = 0;
    for (const [level, n] of counts) {
        if (n > most || (n === most && level < best)) {
            best = level;
            most = n;
        }
    }
    return best;
}
function firstWord(text) {
    return (text.toLowerCase().split(/[\s]+/, 1)[0] ?? '').replace(/[-_.]+/g, '-');
}

;// CONCATENATED MODULE: ./build/engine/changelog/entry-content.js



const MD_DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:/;
// Template lines a changelog keeps until there is something to say.
const PLACEHOLDERS = new Set([
    'nothing changed yet',
    'nothing yet',
    'no changes yet',
    'tbd',
    'todo',
    'add your changes here',
    '...',
    '\u2026'
]);
const PLACEHOLDER_PREFIX = 'short description of';
const MAX_PLACEHOLDER = 200;
/** The lines of an entry's body, empty when it has none. */
function bodyLines(lines, entry) {
    if (entry.bodyStart === null || entry.bodyEnd === null)
        return [];
    return lines.slice(entry.bodyStart - 1, entry.bodyEnd);
}
/**
 * True when a body says something: a line other than headings, comments,
 * separators, link definitions, labels and template placeholders such as
 * `- Nothing changed yet.`
 */
function hasContent(body, format) {
    const headings = format === 'markdown'
        ? scanMarkdownHeadings(TextLines.of(body)).all()
        : scanRstHeadings(body);
    const skip = new Set();
    for (const h of headings)
        markHeading(skip, h);
    let inComment = false;
    for (let i = 0; i < body.length; i++) {
        const line = body[i];
        if (inComment) {
            inComment = !line.includes('-->');
            continue;
        }
        if (line.trimStart().startsWith('<!--')) {
            inComment = !line.includes('-->');
            continue;
        }
        if (skip.has(i) || isBlank(line) || isFurniture(line))
            continue;
        if (!isPlaceholder(line))
            return true;
    }
    return false;
}
function markHeading(skip, h) {
    for (let i = h.start; i <= h.end; i++)
        skip.add(i);
}
// Separators, link definitions, RST comments, labels and targets.
function isFurniture(line) {
    if (adornmentOf(line) !== null || isThematicBreak(line))
        return true;
    if (MD_DEFINITION.test(line))
        return true;
    const trimmed = line.trimStart();
    return trimmed.startsWith('..') && !trimmed.includes('::');
}
/** True for a template line such as `- Nothing changed yet.` or `TBD`. */
function isPlaceholder(line) {
    if (line.length > MAX_PLACEHOLDER)
        return false;
    let text = line.trim().replace(/^[-*+][ \t]+/, '');
    text = text.replace(/[\\[\]*_`]/g, '').trim();
    let end = text.length;
    while (end > 0 && '.!:'.includes(text[end - 1]))
        end--;
    text = text.slice(0, end).toLowerCase();
    if (text === '')
        return true;
    return PLACEHOLDERS.has(text) || text.startsWith(PLACEHOLDER_PREFIX);
}

;// CONCATENATED MODULE: ./build/engine/changelog/entry-order.js

// A canonical plain release: no leading zeros.
const PLAIN_RELEASE = /^(?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))*$/;
function plainRelease(normalized) {
    return PLAIN_RELEASE.test(normalized) ? normalized.split('.') : null;
}
function versionedEntry(entry) {
    if (entry.kind !== 'version' || entry.normalized === null)
        return null;
    const release = plainRelease(entry.normalized);
    if (release)
        return { entry, release, version: null };
    const version = parseVersion(entry.normalized);
    return version ? { entry, release: null, version } : null;
}
function fullVersion(item) {
    item.version ??= parseVersion(item.entry.normalized);
    return item.version;
}
// Plain releases compare as PEP 440 does: trailing zeros do not count.
// Without leading zeros, the longer of two numbers is the larger, and
// numbers of one length order as their digits do, however long.
function compareItems(a, b) {
    if (!a.release || !b.release) {
        return compareVersions(fullVersion(a), fullVersion(b));
    }
    const n = Math.max(a.release.length, b.release.length);
    for (let i = 0; i < n; i++) {
        const x = a.release[i] ?? '0';
        const y = b.release[i] ?? '0';
        if (x !== y) {
            if (x.length !== y.length)
                return x.length < y.length ? -1 : 1;
            return x < y ? -1 : 1;
        }
    }
    return 0;
}
function compareWith(item, version) {
    return compareVersions(fullVersion(item), version);
}
function versioned(entries) {
    const out = [];
    for (const entry of entries) {
        const item = versionedEntry(entry);
        if (item)
            out.push(item);
    }
    return out;
}
/**
 * The first pair of release entries that are not newest first by PEP 440,
 * looking no further down than the entry just below `last` (the whole
 * file when `last` is not given): old history does not warn at every
 * release. Each entry is compared with the previous one of the same level
 * and product prefix (`rust-v\u2026` and `python-v\u2026` sections of one file are two
 * sequences; `### 2.3.1` inside `## 2.3` is no sibling of it). A pair whose
 * dates are newest first is in release order, as a backport listed above
 * a newer series is; undated pairs from different `X.Y` series are given
 * the same benefit of the doubt.
 */
function firstOutOfOrder(entries, last) {
    const previous = new Map();
    let passedLast = false;
    for (const entry of entries) {
        const item = versionedEntry(entry);
        if (!item)
            continue;
        const key = `${item.entry.level} ${item.entry.prefix}`;
        const above = previous.get(key);
        previous.set(key, item);
        if (above && outOfOrder(above, item)) {
            return { above: above.entry, below: item.entry };
        }
        if (passedLast)
            return null;
        if (item.entry === last)
            passedLast = true;
    }
    return null;
}
function outOfOrder(above, below) {
    if (compareItems(above, below) >= 0)
        return false;
    const a = above.entry.date;
    const b = below.entry.date;
    if (a !== null && b !== null)
        return a < b;
    return series(above) === series(below);
}
function series(item) {
    if (item.release) {
        return `0!${item.release[0] ?? '0'}.${item.release[1] ?? '0'}`;
    }
    const v = fullVersion(item);
    return `${v.epoch}!${v.release[0] ?? 0n}.${v.release[1] ?? 0n}`;
}
/**
 * Up to `count` entries whose versions are nearest to `version` in PEP 440
 * order, alternating below and above it, newest first.
 */
function nearestEntries(entries, version, count) {
    const sorted = versioned(entries).sort(compareItems);
    let above = sorted.findIndex(v => compareWith(v, version) > 0);
    if (above < 0)
        above = sorted.length;
    let below = above - 1;
    const picked = [];
    while (picked.length < count && (below >= 0 || above < sorted.length)) {
        if (below >= 0)
            picked.push(sorted[below--]);
        if (picked.length < count && above < sorted.length) {
            picked.push(sorted[above++]);
        }
    }
    return picked.sort((x, y) => compareItems(y, x)).map(v => v.entry);
}

;// CONCATENATED MODULE: ./build/engine/changelog/entry-checks.js



const ISO_DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/**
 * Findings about the release's own entry: duplicates, a yanked marker, a
 * leftover "unreleased" marker and its date (invalid, in the future, or
 * missing where the file's other entries are dated). Dates and markers
 * are only checked at release time: while a release is pending the entry
 * may still be undated or planned.
 */
function checkOwnEntry(context, changelog, own) {
    const entry = own[0];
    if (!entry)
        return [];
    const findings = [];
    const duplicates = own.filter(e => e !== entry && e.prefix === entry.prefix);
    if (duplicates.length > 0) {
        findings.push(changelogFinding(context, 'duplicate-entry', 'warning', `"${context.version}" has ${duplicates.length + 1} entries: ${describeEntries([entry, ...duplicates])}; the release notes come from the first.`, duplicates[0].line, 'Merge the sections into one.'));
    }
    if (entry.yanked) {
        findings.push(changelogFinding(context, 'yanked', 'error', `The entry for "${context.version}" is marked yanked: "${entry.heading}".`, entry.line, 'A yanked release stays withdrawn on the index; release a new version instead.'));
    }
    if (context.release)
        findings.push(...checkDate(context, changelog, entry));
    return findings;
}
function checkDate(context, changelog, entry) {
    const { version, today } = context;
    if (entry.markedUnreleased) {
        return [
            changelogFinding(context, 'entry-unreleased', 'warning', `The entry for "${version}" still says it is unreleased.`, entry.line, `Replace the marker with the release date (${today}).`)
        ];
    }
    if (entry.dateInvalid) {
        return [
            changelogFinding(context, 'date-invalid', 'warning', `The entry for "${version}" is dated "${entry.dateText}", which is not a real date.`, entry.line, `Write the release date as ${today}.`)
        ];
    }
    if (entry.date !== null && entry.date > dayAfter(today)) {
        return [
            changelogFinding(context, 'date-in-future', 'warning', `The entry for "${version}" is dated ${entry.date}, after today (${today}).`, entry.line, `Set the date to the release day (${today}).`)
        ];
    }
    if (entry.dateText === null && mostlyDated(changelog, entry)) {
        return [
            changelogFinding(context, 'date-missing', 'notice', `The entry for "${version}" has no date, unlike most entries in ${context.file}.`, entry.line, `Add the release date (${today}) as the other entries do.`)
        ];
    }
    return [];
}
// A release date one day ahead is today somewhere east of UTC.
function dayAfter(today) {
    if (!ISO_DAY.test(today))
        return '9999-12-31';
    const [y, m, d] = today.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
// Stops as soon as the count decides: dates are read on demand.
function mostlyDated(changelog, entry) {
    const others = changelog.entries.filter(e => e !== entry && e.kind === 'version');
    let dated = 0;
    let undated = 0;
    for (const e of others) {
        if (e.dateText !== null)
            dated++;
        else
            undated++;
        if (dated * 2 > others.length)
            return true;
        if (undated * 2 >= others.length)
            return false;
    }
    return false;
}
/**
 * `changelog/unreleased-not-empty` at release time: the Unreleased section
 * still holds changes that this release does not publish.
 */
function checkUnreleased(context, changelog) {
    const section = changelog.entries.find(e => e.kind === 'unreleased');
    if (!section)
        return [];
    if (!hasContent(bodyLines(changelog.lines, section), changelog.format)) {
        return [];
    }
    return [
        changelogFinding(context, 'unreleased-not-empty', 'warning', `The "${section.heading}" section still lists changes at the release of "${context.version}".`, section.line, `Move them under the ${context.version} heading if they ship in it; otherwise ignore this check for this release.`)
    ];
}
/** `changelog/out-of-order`: the first pair not newest first, if any. */
function checkOrder(context, changelog, last) {
    const problem = firstOutOfOrder(changelog.entries, last);
    if (!problem)
        return [];
    const { above, below } = problem;
    return [
        changelogFinding(context, 'out-of-order', 'warning', `Entries are not newest first: "${above.version}" (line ${above.line}) is above the newer "${below.version}" (line ${below.line}).`, above.line, 'List releases newest first, as readers and tools expect.')
    ];
}

;// CONCATENATED MODULE: ./build/engine/changelog/rst-inline.js
// Sphinx roles whose text is code: `:func:` \u2192 `name()`, `:class:` \u2192 `Name`.
const CODE_ROLES = new Set([
    'attr',
    'class',
    'command',
    'confval',
    'const',
    'data',
    'envvar',
    'exc',
    'file',
    'fixture',
    'func',
    'hook',
    'kbd',
    'meth',
    'mod',
    'obj',
    'option',
    'program',
    'samp',
    'setting',
    'type'
]);
const CALLABLE_ROLES = new Set(['func', 'meth']);
const ISSUE_ROLES = new Set([
    'issue',
    'issues',
    'bug',
    'gh',
    'ghissue',
    'gh-issue'
]);
const PULL_ROLES = new Set(['pr', 'pull', 'pull-request', 'gh-pr', 'merge']);
const USER_ROLES = new Set(['user', 'gh-user', 'github-user', 'ghuser']);
const ROLE = /:([A-Za-z][A-Za-z0-9_.+:-]{0,40}):`/y;
const NAME_CHARS = /^[A-Za-z0-9_.+-]$/;
const BACKTICK = 0x60;
// What may follow inline markup's end-string (besides any whitespace).
const ENDS_MARKUP = ` \t\n-.,:;!?\\/'")]}>\u00a0`;
const COLON = 0x3a;
const UNDERSCORE = 0x5f;
const TARGET_PART = /^([^<]*)<([^<>]+)>$/;
/**
 * Converts reStructuredText inline markup in one line to GitHub Markdown:
 * ``` ``literal`` ``` to a code span, `` `text <url>`_ `` (and `__`) to a
 * link, `` `name`_ `` through the document's targets, and Sphinx roles to
 * readable text (`:issue:` \u2192 `#123`, `:user:` \u2192 `@name`, `:func:` \u2192 code).
 */
function rstInlineToMarkdown(text, targets) {
    const parts = [];
    const literals = { failedFrom: Infinity };
    let copied = 0;
    let i = 0;
    // One pass; only characters that can start markup cost more than a look.
    while (i < text.length) {
        const c = text.charCodeAt(i);
        let markup = null;
        if (c === BACKTICK)
            markup = backtickAt(text, i, targets, literals);
        else if (c === COLON)
            markup = roleAt(text, i);
        else if (c === UNDERSCORE && targets.some) {
            markup = referenceEndingAt(text, i, copied, targets);
        }
        if (!markup) {
            i++;
            continue;
        }
        parts.push(text.slice(copied, markup.start), markup.text);
        i = copied = markup.end;
    }
    parts.push(text.slice(copied));
    return parts.join('');
}
// reST \u00a7 Inline markup recognition rules: an end-string follows no
// whitespace and is followed by whitespace, punctuation or the end, so
// ``` ``x``` `` ends after its third backtick. A failed search means every
// later one fails too, which keeps the scan linear.
function literalEnd(text, from, search) {
    if (from >= search.failedFrom)
        return -1;
    let end = text.indexOf('``', from);
    while (end >= 0) {
        const after = text[end + 2];
        const before = text.charCodeAt(end - 1);
        if ((after === undefined || ENDS_MARKUP.includes(after)) && before > 0x20) {
            return end;
        }
        end = text.indexOf('``', end + 1);
    }
    search.failedFrom = from;
    return -1;
}
function backtickAt(text, at, targets, literals) {
    if (text.charCodeAt(at + 1) === BACKTICK) {
        const end = literalEnd(text, at + 2, literals);
        if (end > at + 2) {
            return {
                start: at,
                text: codeSpan(text.slice(at + 2, end)),
                end: end + 2
            };
        }
    }
    return interpretedAt(text, at, targets);
}
function roleAt(line, at) {
    if (at > 0 && isWordChar(line[at - 1]))
        return null;
    ROLE.lastIndex = at;
    const m = ROLE.exec(line);
    if (!m)
        return null;
    const start = ROLE.lastIndex;
    const close = line.indexOf('`', start);
    if (close <= start)
        return null;
    const name = m[1].toLowerCase();
    const text = roleText(name, line.slice(start, close));
    return { start: at, text, end: close + 1 };
}
function roleText(role, content) {
    const [title, target] = splitTarget(content);
    const name = role.includes(':') ? role.slice(role.lastIndexOf(':') + 1) : role;
    if (ISSUE_ROLES.has(name) || PULL_ROLES.has(name)) {
        return `#${(target ?? title).replace(/^#/, '')}`;
    }
    if (USER_ROLES.has(name))
        return `@${(target ?? title).replace(/^@/, '')}`;
    if (name === 'pep')
        return `PEP ${title}`;
    if (name === 'cve')
        return /^cve-/i.test(title) ? title : `CVE-${title}`;
    if (name === 'bpo')
        return `bpo-${title}`;
    if (name === 'ghsa')
        return /^ghsa-/i.test(title) ? title : `GHSA-${title}`;
    if (CODE_ROLES.has(name))
        return codeSpan(codeName(name, title, target));
    return title;
}
// `~pkg.mod.func` shows `func`; `!name` suppresses the link; an explicit
// title wins over the target.
function codeName(role, title, target) {
    let name = title;
    if (target === undefined) {
        name = name.replace(/^!/, '');
        if (name.startsWith('~'))
            name = name.slice(name.lastIndexOf('.') + 1);
    }
    if (CALLABLE_ROLES.has(role) && !name.endsWith(')'))
        name += '()';
    return name;
}
// `` `text <url>`_ ``, `` `<url>`__ ``, `` `name`_ ``, or plain `` `text` ``.
function interpretedAt(line, at, targets) {
    const close = line.indexOf('`', at + 1);
    if (close <= at + 1)
        return null;
    const content = line.slice(at + 1, close);
    let end = close + 1;
    const underscores = line.startsWith('__', end) ? 2 : line[end] === '_' ? 1 : 0;
    end += underscores;
    if (underscores === 0)
        return { start: at, text: codeSpan(content), end };
    const [title, target] = splitTarget(content);
    if (target !== undefined) {
        const link = title === '' ? `<${target}>` : `[${title}](${target})`;
        return { start: at, text: link, end };
    }
    const url = targets.get(normalizeName(title));
    return { start: at, text: url ? `[${title}](${url})` : title, end };
}
// `name_` refers to the target `name`; the name runs back from the `_`
// over name characters, no further than the text not yet copied.
function referenceEndingAt(text, at, from, targets) {
    // `name_.` ends a sentence; `name_x` is a word.
    if (isWordChar(text[at + 1]))
        return null;
    let start = at;
    while (start > from && isNameChar(text[start - 1]))
        start--;
    while (start < at && !isWordChar(text[start]))
        start++;
    if (start === at)
        return null;
    const name = text.slice(start, at);
    const url = targets.get(normalizeName(name));
    return url ? { start, text: `[${name}](${url})`, end: at + 1 } : null;
}
/** Reference names compare case- and whitespace-insensitively (docutils). */
function normalizeName(name) {
    const lower = name.trim().toLowerCase();
    return /\s/.test(lower) ? lower.split(/\s+/).join(' ') : lower;
}
function splitTarget(content) {
    const m = TARGET_PART.exec(content);
    if (!m)
        return [content.trim(), undefined];
    return [m[1].trim(), m[2].trim()];
}
// CommonMark \u00a7 Code spans: the fence is a backtick run no run inside
// matches; spaces pad content that starts or ends with a backtick.
function codeSpan(text) {
    const runs = new Set();
    let run = 0;
    for (let i = 0; i <= text.length; i++) {
        if (text[i] === '`')
            run++;
        else if (run > 0) {
            runs.add(run);
            run = 0;
        }
    }
    let width = 1;
    while (runs.has(width))
        width++;
    const fence = '`'.repeat(width);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
function isWordChar(ch) {
    return ch !== undefined && /^[A-Za-z0-9_]$/.test(ch);
}
function isNameChar(ch) {
    return ch !== undefined && NAME_CHARS.test(ch);
}

;// CONCATENATED MODULE: ./build/engine/changelog/reference-links.js

const reference_links_MD_DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:[ \t]*\S/;
// Where a target may be: a line opening `.. _`.
const TARGET_OPENING = /^\.\. _/m;
// A target's name holds at most this many characters.
const MAX_TARGET_NAME = 200;
// A label longer than CommonMark's 999 characters is no label.
const MAX_LABEL = 1000;
// Labels looked for in one search of the text; more are read line by line.
const MAX_SEARCHED_LABELS = 32;
const OPEN = 0x5b;
const PAREN = 0x28;
const reference_links_COLON = 0x3a;
const CLOSE = 0x5d;
const BACKSLASH = 0x5c;
/**
 * Markdown link reference definitions (`[1.2.3]: https://\u2026`) in `lines`,
 * keyed by normalized label, each its line as written; only the labels in
 * `wanted` when given.
 */
function markdownDefinitions(lines, wanted) {
    const definitions = new Map();
    for (const line of lines) {
        // Cheap tests first: `[` after at most 3 spaces, then a wanted label.
        const open = line.indexOf('[');
        if (open < 0 || open > 3)
            continue;
        const close = line.indexOf(']', open);
        if (close < 0 || line[close + 1] !== ':')
            continue;
        const label = normalizeName(line.slice(open + 1, close));
        if (wanted && !wanted.has(label))
            continue;
        if (!definitions.has(label) && reference_links_MD_DEFINITION.test(line)) {
            definitions.set(label, line.trim());
        }
    }
    return definitions;
}
/**
 * The file's reStructuredText named hyperlink targets (`.. _name: url`),
 * each looked up when a reference asks for it: a long changelog may hold
 * thousands, and an entry uses a few. One native search of the text finds
 * a name's definitions; the last one counts, as in docutils.
 */
function rstTargets(file) {
    const { text } = file;
    const found = new Map();
    return {
        some: TARGET_OPENING.test(text),
        get(name) {
            if (!found.has(name))
                found.set(name, lastTarget(text, name));
            return found.get(name);
        }
    };
}
function lastTarget(text, name) {
    // As written: any case, any run of spaces, padded; quoted in backticks,
    // or bare when the name holds no colon or backtick.
    const spelled = name.split(' ').map(escapeRegExp).join('[^\\S\\n]+');
    const quoted = `\`[^\\S\\n]*${spelled}[^\\S\\n]*\``;
    const bare = /[:`]/.test(name) ? '' : `|[^\\S\\n]*${spelled}[^\\S\\n]*`;
    const definition = new RegExp(`^\\.\\. _(${quoted}${bare}):[ \\t]+(\\S.*)$`, 'gim');
    let url;
    for (const m of text.matchAll(definition)) {
        const end = m.index + m[0].length;
        // `^` and `$` also match at U+2028 and U+2029, which end no line here.
        if (!startsLine(text, m.index) || (end < text.length && text[end] !== '\n'))
            continue;
        const label = m[1];
        // Case-insensitive matching is looser than lowercasing; names longer
        // than a target allows are none.
        const written = label.startsWith('`') ? label.slice(1, -1) : label;
        if (written.length > MAX_TARGET_NAME || normalizeName(written) !== name)
            continue;
        url = m[2].trim();
    }
    return url;
}
/**
 * The body with the definitions of the reference-style links it uses
 * (`[text][ref]`, `[ref][]`, `[ref]`) and the changelog holds appended,
 * unless the body defines them itself, so the links still work in the notes.
 */
function withUsedDefinitions(body, file) {
    const labels = body.flatMap(referencedLabels);
    if (labels.length === 0)
        return [...body];
    const own = markdownDefinitions(body);
    const wanted = new Set(labels.filter(label => !own.has(label)));
    const found = definitionsIn(file, wanted);
    const used = new Set();
    for (const label of labels) {
        const definition = found.get(label);
        if (definition)
            used.add(definition);
    }
    return used.size === 0 ? [...body] : [...body, '', ...used];
}
// Definitions are found by one search of the text for `[label]:` as
// written, for all labels at once, which is quick; a label written
// differently (other case or spacing) makes it read every line instead.
function definitionsIn(file, wanted) {
    if (wanted.size > MAX_SEARCHED_LABELS)
        return markdownDefinitions(file.slice(), wanted);
    const found = firstDefinitions(file, wanted);
    return found.size === wanted.size
        ? found
        : markdownDefinitions(file.slice(), wanted);
}
// The first definition of each label wins, as in CommonMark.
function firstDefinitions(file, wanted) {
    const text = file.text;
    const labels = [...wanted].map(escapeRegExp).join('|');
    // Alternatives of plain text: the search is linear in the text's length.
    const opening = new RegExp(`^ {0,3}\\[(${labels})\\]:`, 'gm');
    const found = new Map();
    for (const m of text.matchAll(opening)) {
        const at = m.index;
        const label = m[1];
        if (found.has(label) || !startsLine(text, at))
            continue;
        const line = file.lineAt(at);
        if (reference_links_MD_DEFINITION.test(line))
            found.set(label, line.trim());
        if (found.size === wanted.size)
            break;
    }
    return found;
}
// `^` also matches after U+2028 and U+2029, which end no line here.
function startsLine(text, at) {
    return at === 0 || text.charCodeAt(at - 1) === 0x0a;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
/**
 * Normalized labels a line refers to, in order: `[text][ref]` gives `ref`,
 * `[ref][]` and `[ref]` give `ref`; inline links (`[text](url)`),
 * definitions (`[ref]: url`) and escaped brackets give none.
 */
function referencedLabels(line) {
    const labels = [];
    let open = -1;
    // `[text]` right before a `[`: the next label may be its reference.
    let pending = null;
    for (let j = 0; j < line.length; j++) {
        const ch = line.charCodeAt(j);
        if (ch === BACKSLASH)
            j++;
        else if (ch === OPEN)
            open = j;
        else if (ch === CLOSE && open >= 0 && j - open <= MAX_LABEL) {
            const text = line.slice(open + 1, j);
            const before = pending !== null && pending.end + 1 === open ? pending.text : null;
            const next = line.charCodeAt(j + 1);
            open = -1;
            pending = null;
            if (before !== null)
                labels.push(text === '' ? before : text);
            else if (next === OPEN)
                pending = { text, end: j };
            else if (next !== PAREN && next !== reference_links_COLON)
                labels.push(text);
        }
    }
    return labels.map(normalizeName).filter(l => l !== '');
}

;// CONCATENATED MODULE: ./build/engine/changelog/rst-directives.js
const CODE_DIRECTIVES = new Set(['code-block', 'code', 'sourcecode']);
// GitHub alert kinds for reStructuredText admonitions.
const ALERTS = {
    note: 'NOTE',
    seealso: 'NOTE',
    tip: 'TIP',
    hint: 'TIP',
    important: 'IMPORTANT',
    warning: 'WARNING',
    attention: 'WARNING',
    caution: 'CAUTION',
    danger: 'CAUTION',
    error: 'CAUTION'
};
const VERSION_NOTES = {
    versionadded: 'New in version',
    versionchanged: 'Changed in version',
    deprecated: 'Deprecated since version',
    'deprecated-removed': 'Deprecated since version'
};
// Directives whose content means nothing outside a Sphinx build.
const DROPPED = new Set([
    'contents',
    'currentmodule',
    'default-role',
    'highlight',
    'include',
    'index',
    'literalinclude',
    'meta',
    'module',
    'only',
    'raw',
    'role',
    'toctree',
    'towncrier-draft-entries'
]);
/** Whether a directive is a code block, dropped, or shows its content. */
function directiveKind(name) {
    if (CODE_DIRECTIVES.has(name))
        return 'code';
    return DROPPED.has(name) ? 'dropped' : 'content';
}
/**
 * A content directive in Markdown: an admonition becomes a GitHub alert
 * (`> [!NOTE]`), `versionadded`/`deprecated` an italic lead-in, an image an
 * image; any other directive shows its (converted) content as it is.
 */
function renderDirective(name, argument, content) {
    if (name === 'image' || name === 'figure')
        return [`![](${argument})`];
    const alert = ALERTS[name];
    if (alert) {
        // The text after `.. note::` is the first paragraph of the note.
        const lead = argument && content.length > 0 ? [argument, ''] : [argument];
        const body = argument ? [...lead, ...content] : [...content];
        return [`> [!${alert}]`, ...body.map(l => (l ? `> ${l}` : '>'))];
    }
    const lead = VERSION_NOTES[name];
    if (lead) {
        const space = argument.indexOf(' ');
        const version = space < 0 ? argument : argument.slice(0, space);
        const rest = space < 0 ? '' : argument.slice(space + 1).trim();
        return [`*${lead} ${version}:* ${rest}`.trimEnd(), ...content];
    }
    return [...content];
}
/** Lines as fenced code, with a fence the code itself does not contain. */
function fencedCode(code, language) {
    const fence = code.some(l => l.includes('```')) ? '~~~~' : '```';
    return [fence + language, ...code, fence];
}

;// CONCATENATED MODULE: ./build/engine/changelog/indented-blocks.js

// Indented blocks of reStructuredText: directive options and content,
// literal blocks and block quotes.
const OPTION = /^[ \t]+:[A-Za-z][A-Za-z0-9_-]{0,40}:/;
/** Directive options (`:linenos:`) come before the content. */
function skipOptions(lines, from, end) {
    let i = from;
    while (i < end && OPTION.test(lines[i]))
        i++;
    return i;
}
/** The line after the block indented deeper than `base` starting at `from`. */
function blockEnd(lines, from, base) {
    let end = from;
    for (let i = from; i < lines.length; i++) {
        const line = lines[i];
        if (isBlank(line))
            continue;
        if (indentOf(line) <= base)
            break;
        end = i + 1;
    }
    return end;
}
function dedent(line, width) {
    let i = 0;
    while (i < width && (line[i] === ' ' || line[i] === '\t'))
        i++;
    return line.slice(i);
}
function minIndent(lines) {
    let width = Infinity;
    for (const line of lines) {
        if (!isBlank(line)) {
            width = Math.min(width, line.length - line.trimStart().length);
        }
    }
    return width === Infinity ? 0 : width;
}
function trimBlank(lines) {
    let from = 0;
    let to = lines.length;
    while (from < to && isBlank(lines[from]))
        from++;
    while (to > from && isBlank(lines[to - 1]))
        to--;
    return lines.slice(from, to);
}

;// CONCATENATED MODULE: ./build/engine/changelog/rst-line-markup.js
// List markers, field names and literal-block markers of reStructuredText
// lines, written the way Markdown reads them.
/** A bullet item line: indentation, then `-`, `*`, `+` or `\u2022`. */
const rst_line_markup_BULLET = /^([ \t]*)[-*+\u2022][ \t]+/;
/** An enumerated item line: `1.`, `1)`, `(1)` or `#.`. */
const ENUMERATOR = /^([ \t]*)\(?([0-9]{1,9}|#)[.)][ \t]+/;
const FIELD = /^:([A-Za-z][A-Za-z0-9 _-]{0,40}):(?:[ \t]+|$)/;
const MARKDOWN_LEAD = /^([ \t]*)(?:([-+*])[ \t]|>|#{1,6}(?:[ \t]|$)|([0-9]{1,9})[.)](?:[ \t]|$))/;
/**
 * List markers and field names as Markdown writes them; the rest of the
 * line is left for inline conversion.
 */
function markdownLead(line) {
    const bullet = rst_line_markup_BULLET.exec(line);
    if (bullet)
        return `${bullet[1]}- ${line.slice(bullet[0].length)}`;
    const number = ENUMERATOR.exec(line);
    if (number) {
        const n = number[2] === '#' ? '1' : number[2];
        return `${number[1]}${n}. ${line.slice(number[0].length)}`;
    }
    const field = FIELD.exec(line);
    if (field) {
        const rest = line.slice(field[0].length);
        return `**${fieldLabel(field[1])}:** ${rest}`.trimEnd();
    }
    return line;
}
function isItem(line) {
    return rst_line_markup_BULLET.test(line) || ENUMERATOR.test(line);
}
function isField(line) {
    return line !== undefined && FIELD.test(line);
}
/** Text that Markdown would read as a list item, heading or quote. */
function escapeLead(line) {
    const m = MARKDOWN_LEAD.exec(line);
    if (!m)
        return line;
    const at = m[1].length;
    const digits = m[3];
    if (digits !== undefined) {
        const after = at + digits.length;
        return `${line.slice(0, after)}\\${line.slice(after)}`;
    }
    return `${line.slice(0, at)}\\${line.slice(at)}`;
}
/**
 * reST \u00a7 Literal blocks: `Example::` shows `Example:`, `Example ::` shows
 * `Example`, and a lone `::` shows nothing.
 */
function literalIntro(line) {
    const text = line.trimEnd();
    if (text.trim() === '::')
        return '';
    const before = text.slice(0, -2);
    const last = before.at(-1);
    return last === ' ' || last === '\t' ? before.trimEnd() : `${before}:`;
}
function fieldLabel(name) {
    const words = name.split(/[-_]/).join(' ').trim();
    return words.charAt(0).toUpperCase() + words.slice(1);
}

;// CONCATENATED MODULE: ./build/engine/changelog/rst-to-markdown.js






const DIRECTIVE = /^\.\.[ \t]+([A-Za-z0-9][A-Za-z0-9_:+.-]{0,60})::(?:[ \t]+(.*))?$/;
const EXPLICIT = /^[ \t]*\.\.(?:[ \t]|$)/;
// Nesting is bounded so hostile input cannot exhaust the stack.
const MAX_DEPTH = 8;
/**
 * Converts a reStructuredText body to GitHub Markdown: sub-section titles
 * become `###` headings (one more `#` per deeper level), bullet and
 * enumerated lists Markdown lists, `::` and `.. code-block::` literal
 * blocks fenced code, admonitions GitHub alerts and field lines bold
 * labels; comments, labels, targets and Sphinx-only directives are
 * dropped, and inline markup goes through {@link rstInlineToMarkdown}
 * a paragraph at a time, so roles and links may wrap across lines.
 */
function rstToMarkdown(body, targets) {
    return new Converter(body, targets, 0).run();
}
class Converter {
    lines;
    targets;
    depth;
    out = [];
    titles = new Map();
    items = [];
    constructor(lines, targets, depth) {
        this.lines = lines;
        this.targets = targets;
        this.depth = depth;
        for (const title of scanRstHeadings(lines)) {
            this.titles.set(title.start, title);
        }
    }
    run() {
        let i = 0;
        while (i < this.lines.length)
            i = this.block(i);
        return trimBlank(this.out);
    }
    // Converts the block starting at line `i`; returns the next line to read.
    block(i) {
        const line = this.lines[i];
        const title = this.titles.get(i);
        if (title) {
            const hashes = '#'.repeat(Math.min(title.level + 2, 6));
            this.emitBlock([`${hashes} ${this.inline(title.text)}`]);
            return title.end + 1;
        }
        if (isBlank(line)) {
            this.emitBlank();
            return i + 1;
        }
        if (EXPLICIT.test(line))
            return this.explicit(i);
        if (this.isTransition(i)) {
            this.emitBlock(['---']);
            return i + 1;
        }
        return this.paragraph(i);
    }
    paragraph(from) {
        let end = from;
        while (end < this.lines.length && this.continuesParagraph(end, from))
            end++;
        const column = this.openItems(from);
        const first = this.lines[from];
        const shift = indentOf(first) - column >= 4 ? indentOf(first) - column : 0;
        const block = [];
        for (let i = from; i < end; i++) {
            const line = dedent(this.lines[i], shift);
            const lead = i === from || this.startsItem(i, from);
            block.push(lead ? markdownLead(line) : escapeLead(line));
            // Field lines stay one per line, as the field list shows them.
            if (i > from && isField(this.lines[i - 1]) && isField(line)) {
                block[block.length - 2] += '\\';
            }
        }
        const literal = this.lines[end - 1].trimEnd().endsWith('::');
        if (literal)
            block[block.length - 1] = literalIntro(block.at(-1));
        const text = this.inline(block.join('\n')).split('\n');
        // A lone `::` shows nothing at all.
        if (literal && text.at(-1) === '')
            text.pop();
        for (const line of text)
            this.out.push(line);
        if (!literal)
            return end;
        const inner = this.items.at(-1)?.column ?? 0;
        return this.literalBlock(end, indentOf(first), '', inner);
    }
    // Inside a paragraph a list marker starts an item only left of the
    // current item's text (reST); further right it is text, as is a marker
    // under plain text.
    startsItem(i, from) {
        const line = this.lines[i];
        if (isField(line))
            return true;
        if (!rst_line_markup_BULLET.test(line) && !ENUMERATOR.test(line))
            return false;
        const open = this.items.at(-1);
        const text = open && isItem(this.lines[from]) ? open.column : 0;
        if (indentOf(line) >= text)
            return false;
        this.openItems(i);
        return true;
    }
    // Tracks list items around line `i`: items whose content column is right
    // of the line are closed, and a list item line opens one. Returns the
    // content column of the innermost item still open before this line.
    openItems(i) {
        const line = this.lines[i];
        const indent = indentOf(line);
        while ((this.items.at(-1)?.column ?? 0) > indent)
            this.items.pop();
        const column = this.items.at(-1)?.column ?? 0;
        const marker = rst_line_markup_BULLET.exec(line) ?? ENUMERATOR.exec(line);
        if (marker) {
            while ((this.items.at(-1)?.indent ?? -1) >= indent)
                this.items.pop();
            this.items.push({ indent, column: marker[0].length });
        }
        return column;
    }
    continuesParagraph(i, from) {
        const line = this.lines[i];
        if (i === from)
            return true;
        if (isBlank(line) || EXPLICIT.test(line) || this.titles.has(i)) {
            return false;
        }
        return !this.lines[i - 1].trimEnd().endsWith('::');
    }
    explicit(i) {
        const line = this.lines[i];
        const base = indentOf(line);
        const end = blockEnd(this.lines, i + 1, base);
        const directive = DIRECTIVE.exec(line.trim());
        // Comments, labels, targets and substitution definitions show nothing.
        if (!directive)
            return end;
        const name = directive[1].toLowerCase();
        const argument = (directive[2] ?? '').trim();
        const kind = directiveKind(name);
        const column = this.openItems(i);
        if (kind === 'code') {
            return this.literalBlock(i + 1, base, argument, column);
        }
        if (kind === 'content') {
            const content = this.content(i + 1, end);
            const shown = renderDirective(name, this.inline(argument), content);
            this.emitBlock(shown, column);
        }
        return end;
    }
    // The directive's content, options dropped, dedented and converted.
    content(from, end) {
        const block = this.lines.slice(skipOptions(this.lines, from, end), end);
        const width = minIndent(block);
        const dedented = block.map(l => l.slice(width));
        if (this.depth >= MAX_DEPTH)
            return trimBlank(dedented);
        return new Converter(dedented, this.targets, this.depth + 1).run();
    }
    literalBlock(from, base, language, column) {
        const start = skipOptions(this.lines, from, this.lines.length);
        const end = blockEnd(this.lines, start, base);
        const code = trimBlank(this.lines.slice(start, end));
        if (code.length > 0) {
            const width = minIndent(code);
            const dedented = code.map(l => l.slice(width).trimEnd());
            this.emitBlock(fencedCode(dedented, language), column);
        }
        return end;
    }
    // Four or more punctuation characters between blank lines.
    isTransition(i) {
        const line = this.lines[i];
        if (adornmentOf(line) === null || line.trim().length < 4)
            return false;
        const before = this.lines[i - 1];
        const after = this.lines[i + 1];
        return ((before === undefined || isBlank(before)) &&
            (after === undefined || isBlank(after)));
    }
    inline(text) {
        return rstInlineToMarkdown(text, this.targets);
    }
    emitBlank() {
        if (this.out.length > 0 && this.out.at(-1) !== '')
            this.out.push('');
    }
    // Blocks stand apart so Markdown does not read them as a paragraph's tail.
    // Inside a list item the block is indented to the item's content.
    emitBlock(block, indent = 0) {
        this.emitBlank();
        const pad = ' '.repeat(indent);
        for (const line of block)
            this.out.push(line === '' ? '' : pad + line);
        this.out.push('');
    }
}

;// CONCATENATED MODULE: ./build/engine/changelog/render-notes.js






/**
 * An entry's body as GitHub Markdown release notes: reStructuredText is
 * converted, Markdown keeps its text and gains the definitions of the
 * reference links it uses. Whole-line HTML comments, sub-headings with
 * nothing under them and separators at either end are left out.
 */
function renderEntryNotes(changelog, entry) {
    const body = bodyLines(changelog.lines, entry);
    const markdown = changelog.format === 'rst'
        ? rstToMarkdown(body, rstTargets(changelog.lines))
        : withUsedDefinitions(body, changelog.lines);
    return trimSeparators(dropEmptySections(dropComments(markdown))).join('\n');
}
function dropComments(lines) {
    const out = [];
    let inComment = false;
    for (const line of lines) {
        const trimmed = line.trim();
        if (!inComment && !trimmed.startsWith('<!--')) {
            out.push(line);
            continue;
        }
        const end = trimmed.lastIndexOf('-->');
        if (end < 0)
            inComment = true;
        else if (end + 3 === trimmed.length)
            inComment = false;
        else {
            // Text after the comment closes it on the same line: keep the line.
            inComment = false;
            out.push(line);
        }
    }
    return out;
}
// Template sub-headings (`### Fixed` with nothing below) say nothing.
function dropEmptySections(markdown) {
    // Converted text may hold line ends inside an item; split it again.
    const text = TextLines.of(markdown);
    const lines = text.slice();
    const headings = scanMarkdownHeadings(text).all();
    const drop = new Set();
    headings.forEach((h, k) => {
        let end = lines.length;
        for (let j = k + 1; j < headings.length; j++) {
            const next = headings[j];
            if (next.level <= h.level) {
                end = next.start;
                break;
            }
        }
        const inner = new Set();
        for (let j = k + 1; j < headings.length; j++) {
            const next = headings[j];
            if (next.start >= end)
                break;
            for (let i = next.start; i <= next.end; i++)
                inner.add(i);
        }
        let empty = true;
        for (let i = h.end + 1; i < end && empty; i++) {
            if (!inner.has(i) && !isBlank(lines[i]))
                empty = false;
        }
        if (empty)
            for (let i = h.start; i <= h.end; i++)
                drop.add(i);
    });
    return lines.filter((_, i) => !drop.has(i));
}
function trimSeparators(lines) {
    let from = 0;
    let to = lines.length;
    const skippable = (line) => isBlank(line) || isThematicBreak(line);
    while (from < to && skippable(lines[from]))
        from++;
    while (to > from && skippable(lines[to - 1]))
        to--;
    return lines.slice(from, to);
}
/** The notes used when the changelog has none for the release. */
function generatedNotes(input) {
    const version = parseVersion(input.version);
    const shown = version ? formatVersion(version) : input.version;
    return input.projectName
        ? `Release ${shown} of ${input.projectName}.`
        : `Release ${shown}.`;
}
/**
 * The notes ending with a link to the release's page on the package index,
 * named for the index (`PyPI`, `TestPyPI`, else its host).
 */
function withIndexLink(notes, input) {
    if (!input.indexLink)
        return notes;
    const version = parseVersion(input.version);
    const shown = version ? formatVersion(version) : input.version;
    const label = input.projectName ? `${input.projectName} ${shown}` : shown;
    return `${notes}\n\n**On ${indexName(input.indexLink)}:** [${label}](${input.indexLink})`;
}
function indexName(link) {
    const host = /^https?:\/\/([^/:?#]{1,253})/i.exec(link)?.[1]?.toLowerCase();
    if (host === 'pypi.org' || host === 'www.pypi.org')
        return 'PyPI';
    if (host === 'test.pypi.org')
        return 'TestPyPI';
    return host ?? 'the package index';
}

;// CONCATENATED MODULE: ./build/engine/changelog/release-notes.js








/**
 * Finds the release's entry in a changelog and turns it into release notes,
 * with findings: `changelog/entry-missing`, `entry-empty`, `duplicate-entry`,
 * `out-of-order`, `unreleased-not-empty`, `date-invalid`, `date-in-future`,
 * `date-missing`, `entry-unreleased` and `yanked`, each with file and line.
 *
 * A final release needs its own non-empty entry. A pre-release (a, b, rc,
 * dev) takes its own entry, else the Unreleased section, else its base
 * version's entry. Without any, the notes are generated, and the finding
 * is an error unless `required` is false.
 */
function extractReleaseNotes(input) {
    const options = input.projectName ? { projectName: input.projectName } : {};
    const changelog = parseChangelog(input.text, input.file, options);
    const version = parseVersion(input.version);
    const context = { file: input.file, version: input.version };
    // A version PEP 440 cannot read (`3.0.0.final`) matches as written.
    const own = version
        ? entriesFor(changelog.entries, version)
        : changelog.entries.filter(e => e.version === input.version);
    const usable = (e) => e !== undefined &&
        hasContent(bodyLines(changelog.lines, e), changelog.format);
    const chosen = choose(changelog, version, own, usable);
    const findings = [];
    if (!chosen.entry)
        findings.push(missing(input, context, changelog, version, own));
    else if (chosen.source !== 'entry' && own[0]) {
        findings.push(emptyEntry(context, own[0], 'warning'));
    }
    const release = input.mode === 'release';
    findings.push(...checkOwnEntry({ ...context, today: input.today, release }, changelog, own));
    if (release && chosen.source !== 'unreleased') {
        findings.push(...checkUnreleased(context, changelog));
    }
    // Without an entry of its own, the release would go on top.
    const last = own[0] ?? changelog.entries.find(e => e.kind === 'version');
    findings.push(...checkOrder(context, changelog, last));
    return {
        notes: withIndexLink(notesText(changelog, chosen, input), input),
        notesSource: chosen.source,
        date: own[0]?.date ?? null,
        entry: chosen.entry ? locate(chosen.entry) : null,
        findings
    };
}
function choose(changelog, version, own, usable) {
    if (usable(own[0]))
        return { source: 'entry', entry: own[0] };
    if (!version || !isPrerelease(version))
        return { source: 'generated', entry: null };
    const unreleased = changelog.entries.find(e => e.kind === 'unreleased');
    if (usable(unreleased))
        return { source: 'unreleased', entry: unreleased };
    const base = entriesFor(changelog.entries, baseVersion(version))[0];
    if (usable(base))
        return { source: 'base-version', entry: base };
    return { source: 'generated', entry: null };
}
function missing(input, context, changelog, version, own) {
    const severity = input.required ? 'error' : 'warning';
    if (own[0])
        return emptyEntry(context, own[0], severity);
    const unreleased = changelog.entries.find(e => e.kind === 'unreleased' &&
        hasContent(bodyLines(changelog.lines, e), changelog.format));
    const newest = changelog.entries.find(e => e.kind === 'version');
    // Before the tag exists, notes waiting under Unreleased are normal.
    const pending = input.mode === 'readiness' && unreleased !== undefined;
    return changelogFinding(context, 'entry-missing', pending ? 'warning' : severity, `${input.file} has no entry for "${input.version}".${nearby(changelog, version)}`, newest?.line, missingHint(input, unreleased, newest));
}
function nearby(changelog, version) {
    if (!version)
        return ' It is not a PEP 440 version.';
    const near = nearestEntries(changelog.entries, version, 3);
    if (near.length === 0)
        return ' The file names no release.';
    return ` The nearest entries are ${describeEntries(near)}.`;
}
function missingHint(input, unreleased, newest) {
    if (unreleased) {
        return `Rename the "${unreleased.heading}" section (line ${unreleased.line}) to ${input.version}.`;
    }
    if (!newest)
        return `Add a section headed "${input.version}" for the release.`;
    const heading = suggestedHeading(newest, input.version, input.today);
    return `Add a section headed "${heading}" above line ${newest.line}.`;
}
function emptyEntry(context, entry, severity) {
    return changelogFinding(context, 'entry-empty', severity, `The entry for "${context.version}" ("${entry.heading}") has no content.`, entry.line, 'Describe the changes in this release under its heading.');
}
function notesText(changelog, chosen, input) {
    if (chosen.entry)
        return renderEntryNotes(changelog, chosen.entry);
    return generatedNotes(input);
}
function locate(entry) {
    return {
        heading: entry.heading,
        line: entry.line,
        endLine: entry.bodyEnd ?? entry.line
    };
}

;// CONCATENATED MODULE: ./build/engine/changelog/index.js








;// CONCATENATED MODULE: ./build/engine/checks/changelog-has-entry.js

/** How the report names each place the notes can come from. */
const NOTES_SOURCE_WORDS = {
    entry: 'its own entry',
    unreleased: 'the Unreleased section',
    'base-version': "the base version's entry",
    generated: 'generated text (no entry)'
};
/**
 * Finds the release's entry and turns it into notes. Without a changelog
 * (opted out, or missing but not required) the notes are generated.
 */
function checkChangelog(source, input) {
    if (input.version === null)
        return nothing([]);
    if (source.kind === 'found') {
        const r = extractReleaseNotes({
            text: source.text,
            file: source.file,
            version: input.version,
            today: input.today,
            required: input.required,
            mode: input.mode,
            ...(input.projectName ? { projectName: input.projectName } : {}),
            ...(input.indexLink ? { indexLink: input.indexLink } : {})
        });
        return {
            notes: r.notes,
            notesSource: r.notesSource,
            file: source.file,
            date: r.date,
            line: r.entry?.line ?? null,
            findings: r.findings
        };
    }
    const findings = source.kind === 'missing'
        ? [changelogNotFound(source.missing, input.required)]
        : [];
    return { ...generated(input), findings };
}
function nothing(findings) {
    return {
        notes: null,
        notesSource: null,
        file: null,
        date: null,
        line: null,
        findings
    };
}
function generated(input) {
    const notes = generatedNotes({
        version: input.version ?? '',
        ...(input.projectName ? { projectName: input.projectName } : {})
    });
    const link = input.indexLink ? `\n\n${input.indexLink}` : '';
    return {
        notes: notes + link,
        notesSource: 'generated',
        file: null,
        date: null,
        line: null
    };
}

;// CONCATENATED MODULE: ./build/engine/checks/vcs-build-version.js

/**
 * The version each tool's default scheme gives a build in that state, or
 * `null` when the build would fail. setuptools-scm and hatch-vcs
 * (guess-next-dev, node-and-date): `1.2.4.dev3+g1a2b3c4`, and
 * `.dYYYYMMDD` when dirty, even at the tag; with no tag `0.1.devN+g\u2026`.
 * pdm-backend's scm source is alike, but keeps the tag when only dirty
 * (`1.2.3+dYYYYMMDD`). versioningit: `1.2.3.post3+g1a2b3c4`, and fails
 * with no tag. poetry-dynamic-versioning (dunamai): `1.2.3.post3.dev0+g\u2026`,
 * `0.0.0.postN.dev0+g\u2026` with no tag, and ignores a dirty tree.
 */
function vcsBuildVersion(tool, state) {
    const { tagVersion: tag, distance, dirty } = state;
    const node = state.node ? `g${state.node}` : null;
    const date = `d${state.today.replaceAll('-', '')}`;
    const local = (parts) => {
        const kept = parts.filter((p) => p !== null);
        return kept.length > 0 ? `+${kept.join('.')}` : '';
    };
    const exact = tag !== null && distance === 0;
    switch (tool) {
        case 'poetry-dynamic-versioning':
            return exact
                ? tag
                : `${tag ?? '0.0.0'}.post${distance}.dev0${local([node])}`;
        case 'versioningit':
            if (tag === null)
                return null;
            if (exact)
                return dirty ? `${tag}${local([date])}` : tag;
            return `${tag}.post${distance}${local([node, dirty ? date : null])}`;
        case 'pdm-scm':
            if (exact)
                return dirty ? `${tag}${local([date])}` : tag;
            return `${bumpLast(tag ?? '0.0')}.dev${distance}${local([node, dirty ? date : null])}`;
        default:
            if (exact && !dirty)
                return tag;
            return `${bumpLast(tag ?? '0.0')}.dev${distance}${local([node, dirty ? date : null])}`;
    }
}
/** setuptools-scm's guess: one more on the last number (`1.2.0rc1` \u2192 `1.2.0rc2`). */
function bumpLast(version) {
    const text = normalizeVersion(version) ?? version;
    let end = text.length;
    while (end > 0 && !vcs_build_version_isDigit(text[end - 1]))
        end--;
    let start = end;
    while (start > 0 && vcs_build_version_isDigit(text[start - 1]))
        start--;
    if (start === end)
        return text;
    const bumped = (BigInt(text.slice(start, end)) + 1n).toString();
    return `${text.slice(0, start)}${bumped}${text.slice(end)}`;
}
function vcs_build_version_isDigit(c) {
    return c !== undefined && c >= '0' && c <= '9';
}

;// CONCATENATED MODULE: ./build/engine/checks/vcs-build-findings.js



const SHOWN_FILES = 5;
/**
 * Why a build from this checkout would not be versioned as the tag says,
 * each reason with its fix: the tag missing from a shallow clone (or never
 * fetched), HEAD not at the tag, a dirty tree. Nothing when the build
 * would produce the tag's version. Warnings: the build may run in another
 * job with another checkout.
 */
function vcsFindings(input) {
    const { git, vcs, tag, version } = input;
    const state = buildState(input);
    const predicted = vcsBuildVersion(vcs.tool, state);
    if (tag === null || predicted === version)
        return [];
    const outcome = predicted === null
        ? `a build here would fail: ${vcs.tool} finds no tag (unless a default version is configured)`
        : `${vcs.tool} would version a build here '${predicted}'${version ? `, not '${version}'` : ''}`;
    const where = { file: vcs.file, line: vcs.line };
    if (git.tagCommit === null)
        return [missingTag(input, outcome, where)];
    const findings = [];
    if (git.tagCommit !== git.head && input.reportNotAtTag) {
        findings.push(finding('version/vcs-not-at-tag', 'warning', `The version comes from git, but HEAD (${git.headShort ?? ''}) is not the commit tag '${tag}' points at (${git.tagCommit.slice(0, 12)}): ${outcome}.`, {
            ...where,
            hint: `Build from the tagged commit: actions/checkout with 'ref: ${tag}' (a tag push checks it out already), or move the tag to this commit.`
        }));
    }
    const dirtyMatters = git.dirtyCount > 0 &&
        vcsBuildVersion(vcs.tool, { ...state, dirty: false }) !== predicted;
    if (dirtyMatters)
        findings.push(dirtyTree(git, vcs, outcome, where));
    return findings;
}
function buildState(input) {
    const { git, prefix } = input;
    const described = git.describe;
    const tagVersion = described && described.tag.startsWith(prefix)
        ? normalizeVersion(described.tag.slice(prefix.length))
        : null;
    return {
        tagVersion,
        distance: described && tagVersion !== null
            ? described.distance
            : (git.commitCount ?? 1),
        node: git.headShort,
        dirty: git.dirtyCount > 0,
        today: input.today
    };
}
function missingTag(input, outcome, where) {
    const { git, tag } = input;
    const hint = git.shallow
        ? "Fetch history and tags in the job that builds: actions/checkout with 'fetch-depth: 0' (or at least 'fetch-tags: true' when it builds the tagged commit itself)."
        : "Fetch the tags: 'git fetch --tags', or actions/checkout with 'fetch-tags: true'.";
    return finding('version/vcs-shallow-clone', 'warning', `The version comes from git, but tag '${tag ?? ''}' is not in this ${git.shallow ? 'shallow clone' : 'clone'}: ${outcome}.`, { ...where, hint });
}
function dirtyTree(git, vcs, outcome, where) {
    const shown = git.dirtyFiles.slice(0, SHOWN_FILES).join(', ');
    const more = git.dirtyCount > SHOWN_FILES
        ? ` and ${git.dirtyCount - SHOWN_FILES} more`
        : '';
    return finding('version/vcs-dirty-tree', 'warning', `${git.dirtyCount} tracked file(s) have uncommitted changes (${shown}${more}), so ${vcs.tool} counts the tree as dirty: ${outcome}.`, {
        ...where,
        hint: "Commit or discard the changes before building ('git status' lists them); a step that edits tracked files before the build should write ignored files instead."
    });
}

;// CONCATENATED MODULE: ./build/engine/checks/git-facts.js


/**
 * Release mode only. With a tag given explicitly (e.g. workflow_dispatch)
 * HEAD must be the tagged commit, or the files checked are not the
 * release. With a version taken from git by the build backend, say before
 * the build what it would produce and why: a shallow clone or missing
 * tags, HEAD not at the tag, a dirty tree.
 */
function decideGitFacts(input) {
    if (input.mode !== 'release' || input.tag === null)
        return [];
    const vcs = input.declaration?.kind === 'vcs' ? input.declaration : null;
    if (!input.tagExplicit && !vcs)
        return [];
    const { git, tag } = input;
    if (git.kind === 'unavailable') {
        return [
            finding('tag/git-unavailable', 'notice', `Git could not be asked about tag '${tag}' (${git.reason}), so HEAD was not compared with it${vcs ? ` and the version ${vcs.tool} would derive was not predicted` : ''}.`)
        ];
    }
    if (git.head === null)
        return [];
    const headFindings = input.tagExplicit ? tagAtHead(tag, git) : [];
    const notHead = headFindings.some(f => f.id === 'tag/not-head');
    const vcsChecks = vcs
        ? vcsFindings({ ...input, git, vcs, reportNotAtTag: !notHead })
        : [];
    return [...headFindings, ...vcsChecks];
}
function tagAtHead(tag, git) {
    const head = (git.head ?? '').slice(0, 12);
    if (git.tagCommit === null) {
        return [
            finding('tag/not-in-checkout', 'notice', `Tag '${tag}' is not in this checkout, so HEAD (${head}) could not be compared with it.`, {
                hint: `If the tag exists, check it out before this step, e.g. actions/checkout with 'ref: \${{ inputs.tag }}'.`
            })
        ];
    }
    if (git.tagCommit === git.head)
        return [];
    return [
        finding('tag/not-head', 'error', `Tag '${tag}' points at commit ${git.tagCommit.slice(0, 12)}, but HEAD is ${head}: the files checked here are not the tagged release.`, {
            hint: `Check out the tag before this step: actions/checkout with 'ref: \${{ inputs.tag }}', or 'git checkout ${tag}' locally.`
        })
    ];
}

;// CONCATENATED MODULE: ./build/engine/dist/artifact-finding.js
/**
 * Findings about one artifact (or one file in `dist/`), located at the
 * artifact's path as the user sees it: `<dist folder>/<file>`.
 */

/** The ref of `file` inside the dist folder `folder`. */
function artifactRef(folder, file) {
    const base = folder.replace(/[\\/]+$/, '');
    return { file, path: base === '' ? file : `${base}/${file}` };
}
/** Builds a finding about the artifact; `line` is within the named member. */
function artifactFinding(ref, id, severity, message, hint, line) {
    const where = {
        file: ref.path
    };
    if (hint !== undefined)
        where.hint = hint;
    if (line !== undefined)
        where.line = line;
    return finding(id, severity, message, where);
}
/**
 * At most `max` findings of each id for one artifact, then one that counts
 * the rest: a wheel whose RECORD is stale would otherwise bury the report.
 */
function capPerId(findings, max = 10) {
    const seen = new Map();
    const out = [];
    for (const f of findings) {
        const n = (seen.get(f.id) ?? 0) + 1;
        seen.set(f.id, n);
        if (n <= max)
            out.push(f);
    }
    for (const [id, n] of seen) {
        const first = findings.find(f => f.id === id);
        if (n > max && first) {
            const where = first.file === undefined ? {} : { file: first.file };
            const message = `${n - max} more "${id}" findings in "${first.file ?? ''}" are not shown.`;
            out.push(finding(id, first.severity, message, where));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/engine/dist/archive-paths.js
/**
 * Member names that must not be in an archive: paths that would land
 * outside the install or unpack folder (absolute, drive letters, `..`
 * segments; the binary distribution format forbids them and the sdist
 * specification requires installers to refuse them, per tarfile's
 * `data` filter), and names stored twice.
 */

/** Why `path` would escape the folder it is unpacked in, or `null`. */
function unsafePathReason(path) {
    if (/^[\\/]/.test(path))
        return 'is absolute';
    if (/^[a-z]:/i.test(path))
        return 'starts with a drive letter';
    if (path.split(/[\\/]/).includes('..'))
        return 'climbs out with ".."';
    if (path.includes('\0'))
        return 'holds a NUL character';
    return null;
}
/** `dist/unsafe-path` for a member (or RECORD row) named `path`. */
function unsafePathFinding(ref, path, reason, source) {
    return artifactFinding(ref, 'dist/unsafe-path', 'error', `${source} "${path}" ${reason}: unpacking it would write outside the target folder.`, 'Rebuild the artifact from a clean tree with the build backend; never assemble archives by hand.');
}
/** `dist/unsafe-path` and `dist/duplicate-entry` for an archive's members. */
function checkMemberNames(ref, names) {
    const out = [];
    const seen = new Set();
    const reported = new Set();
    for (const name of names) {
        const reason = unsafePathReason(name);
        if (reason)
            out.push(unsafePathFinding(ref, name, reason, 'Archive member'));
        if (seen.has(name) && !reported.has(name)) {
            reported.add(name);
            out.push(artifactFinding(ref, 'dist/duplicate-entry', 'error', `The archive holds "${name}" more than once; which copy is unpacked depends on the tool.`, 'Rebuild the artifact; a member listed twice usually comes from appending to an existing archive.'));
        }
        seen.add(name);
    }
    return out;
}

;// CONCATENATED MODULE: ./build/engine/dist/core-metadata.js
/**
 * Core metadata files (`METADATA`, `PKG-INFO`) read as the specification
 * says they are read: RFC 822 headers as Python's `email.parser` with the
 * `compat32` policy reads them, then, after the first blank line, the body,
 * which holds the long description (core metadata \u00a7 Description, 2.1+).
 */
// email.feedparser's headerRE: printable ASCII but `:`, then a colon.
const HEADER = /^([\x21-\x39\x3b-\x7e]+):(.*)$/;
const CONTINUATION = /^[ \t]/;
/** Parses core metadata text; never fails, as the email parser never does. */
function parseCoreMetadata(text) {
    const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
    const fields = [];
    let i = 0;
    for (; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const last = fields[fields.length - 1];
        if (line === '') {
            i++;
            break;
        }
        if (CONTINUATION.test(line) && last) {
            last.value.push(line);
            continue;
        }
        const m = HEADER.exec(line);
        // A line that is neither header nor continuation starts the body
        // (the parser records a MissingHeaderBodySeparatorDefect).
        if (!m)
            break;
        fields.push({
            name: m[1] ?? '',
            value: [(m[2] ?? '').replace(/^[ \t]+/, '')],
            line: i + 1
        });
    }
    const rest = lines.slice(i);
    const body = rest.join('\n');
    return {
        fields: fields.map(f => ({
            name: f.name,
            key: f.name.toLowerCase(),
            value: f.value.join('\n'),
            line: f.line
        })),
        body: i < lines.length && body.trim() !== '' ? body : null,
        bodyLine: i + 1
    };
}
/** Every field named `key` (lowercase), in file order. */
function fieldsNamed(metadata, key) {
    return metadata.fields.filter(f => f.key === key);
}
/** The first field named `key` (lowercase), if any. */
function firstField(metadata, key) {
    return metadata.fields.find(f => f.key === key);
}
/**
 * The long description and the line it starts on: the body, or else a
 * `Description` header, unfolded: continuation lines lose either the
 * `       |` prefix core metadata 1.x specifies or, as setuptools reads
 * them, their common indentation.
 */
function longDescription(metadata) {
    if (metadata.body !== null) {
        return { text: metadata.body, line: metadata.bodyLine };
    }
    const header = firstField(metadata, 'description');
    if (!header || header.value.trim() === '')
        return null;
    const [first = '', ...rest] = header.value.split('\n');
    return { text: [first, ...unfold(rest)].join('\n'), line: header.line };
}
const PIPE = /^[ \t]*\|/;
function unfold(lines) {
    if (lines.every(l => PIPE.test(l)))
        return lines.map(l => l.replace(PIPE, ''));
    const indents = lines
        .filter(l => l.trim() !== '')
        .map(l => l.length - l.trimStart().length);
    const common = Math.min(...indents);
    return lines.map(l => l.slice(Number.isFinite(common) ? common : 0));
}

;// CONCATENATED MODULE: ./build/engine/dist/platform-tags.js
// Legacy manylinux tags are aliases of the PEP 600 ones (PEP 600 \u00a7 Legacy
// manylinux tags): manylinux1 is glibc 2.5, 2010 is 2.12, 2014 is 2.17.
const MANYLINUX = /^manylinux(?:1|2010|2014|_\d+_\d+)_(.+)$/;
const MUSLLINUX = /^musllinux_\d+_\d+_(.+)$/;
const MACOSX = /^macosx_\d+_\d+_(.+)$/;
const LINUX = /^linux_(.+)$/;
// The macOS architectures that install on each Mac, as
// packaging.tags.mac_platforms lists them (pip accepts `fat32`, i386 and
// ppc, on x86_64 Macs, which run i386 code; it never accepts `fat3`).
const MAC_ARCHES = {
    x86_64: ['x86_64'],
    arm64: ['arm64'],
    universal2: ['arm64', 'x86_64'],
    intel: ['x86_64'],
    fat64: ['x86_64'],
    fat32: ['x86_64'],
    universal: ['x86_64']
};
/** The families a platform tag serves; empty when it serves none of them. */
function platformFamilies(tag) {
    if (tag === 'any')
        return ['any'];
    if (tag === 'win_amd64')
        return ['windows-amd64'];
    if (tag === 'win_arm64')
        return ['windows-arm64'];
    const manylinux = MANYLINUX.exec(tag)?.[1];
    if (manylinux === 'x86_64')
        return ['linux-x86_64'];
    if (manylinux === 'aarch64')
        return ['linux-aarch64'];
    if (MUSLLINUX.exec(tag)?.[1] === 'x86_64')
        return ['musllinux-x86_64'];
    const mac = MACOSX.exec(tag)?.[1];
    if (mac !== undefined) {
        return (MAC_ARCHES[mac] ?? []).map(arch => arch === 'arm64' ? 'macos-arm64' : 'macos-x86_64');
    }
    return [];
}
/**
 * Whether the index refuses the tag: a bare `linux_*` wheel was built
 * against one distribution's libraries, so PyPI accepts Linux wheels only
 * under a manylinux or musllinux tag (PEP 513 \u00a7 Rationale, PEP 600). The
 * index makes an exception for `linux_armv6l` and `linux_armv7l`
 * (Raspberry Pi wheels), which it does accept.
 */
function linuxTagVerdict(tag) {
    const arch = LINUX.exec(tag)?.[1];
    if (arch === undefined)
        return 'portable';
    return arch === 'armv6l' || arch === 'armv7l'
        ? 'accepted-unportable'
        : 'rejected';
}
/** The portable spelling to suggest for a bare `linux_<arch>` tag. */
function suggestedLinuxTag(tag) {
    const arch = LINUX.exec(tag)?.[1] ?? 'x86_64';
    return `manylinux_2_17_${arch}`;
}

;// CONCATENATED MODULE: ./build/engine/dist/index-rules.js
/**
 * What the index refuses at upload time, judged from the file name and
 * size alone: files over the default upload limit, bare `linux_*` platform
 * tags and sdist names that PEP 625 does not allow.
 */


/** PyPI's default per-file upload limit: 100 MiB. */
const INDEX_FILE_SIZE_LIMIT = 100 * 1024 * 1024;
/** `dist/file-too-large` when the file exceeds the default upload limit. */
function checkFileSize(ref, size) {
    if (size <= INDEX_FILE_SIZE_LIMIT)
        return [];
    const mib = (size / 1024 / 1024).toFixed(1);
    return [
        artifactFinding(ref, 'dist/file-too-large', 'warning', `"${ref.file}" is ${mib} MiB (${size} bytes), over the index's default limit of 100 MiB per file; the upload will be refused unless the project has a raised limit.`, 'Shrink the artifact (strip debug symbols, leave test data out), or request a file size limit increase for the project on the index.')
    ];
}
/** `dist/linux-platform-tag` for bare `linux_*` tags. */
function checkLinuxTags(ref, wheel) {
    return wheel.platforms.flatMap(tag => {
        const verdict = linuxTagVerdict(tag.toLowerCase());
        if (verdict === 'portable')
            return [];
        const rejected = verdict === 'rejected';
        return [
            artifactFinding(ref, 'dist/linux-platform-tag', rejected ? 'error' : 'notice', rejected
                ? `"${ref.file}" has the platform tag "${tag}"; the index accepts Linux wheels only as manylinux or musllinux (e.g. "${suggestedLinuxTag(tag)}").`
                : `"${ref.file}" has the platform tag "${tag}", which the index accepts but which promises no compatibility beyond the machine it was built on.`, 'Repair the wheel with `auditwheel repair` (cibuildwheel and maturin-action do this for you), which bundles the libraries it needs and retags it.')
        ];
    });
}
/** `dist/sdist-name-not-normalized` when the name is not PEP 625's. */
function checkSdistName(ref, sdist) {
    if (ref.file === sdist.normalizedFile)
        return [];
    return [
        artifactFinding(ref, 'dist/sdist-name-not-normalized', 'error', `The sdist is named "${ref.file}", but PEP 625 requires "${sdist.normalizedFile}"; the index refuses sdists with other names.`, 'Build with a current build backend (setuptools >= 69.3, hatchling, flit-core >= 3.9, poetry-core >= 1.9, maturin >= 1.5, pdm-backend), which names sdists this way.')
    ];
}

;// CONCATENATED MODULE: ./build/engine/dist/metadata-context.js
/** `"foo-1.0.dist-info/METADATA" line 12` */
function where(context, line) {
    return line === undefined
        ? `"${context.member}"`
        : `"${context.member}" line ${line}`;
}

;// CONCATENATED MODULE: ./build/engine/dist/project-name.js
/**
 * Distribution names: validity and normalization as the core metadata `Name`
 * field and the name normalization specification define them.
 */
// Core metadata \u00a7 Name: ASCII letters, digits, `.`, `_` and `-`, starting and
// ending with a letter or digit.
const VALID_NAME = /^(?:[a-z0-9]|[a-z0-9][a-z0-9._-]*[a-z0-9])$/i;
/** Whether `name` is a valid distribution name (core metadata `Name`). */
function isValidName(name) {
    return VALID_NAME.test(name);
}
/**
 * The normalized form (PEP 503): lowercase, each run of `-`, `_` and `.`
 * replaced by one `-`, as `packaging.utils.canonicalize_name`.
 */
function project_name_normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/**
 * The name as it must appear in a wheel or sdist file name and in the
 * `.dist-info` folder (binary distribution format \u00a7 Escaping and Unicode;
 * PEP 625): normalized, with `_` for `-`.
 */
function escapedName(name) {
    return project_name_normalizeName(name).replace(/-/g, '_');
}

;// CONCATENATED MODULE: ./build/engine/dist/metadata-values.js
/**
 * The values core metadata fields may take, as `packaging.metadata`
 * validates them for the index.
 */





/** `metadata/field-invalid`: a value the index refuses. */
function fieldInvalid(context, field, problem, hint) {
    return artifactFinding(context.ref, 'metadata/field-invalid', 'error', `${where(context, field?.line)}: ${problem}; the index refuses such metadata.`, hint, field?.line);
}
/** `Name`, `Version`, `Summary`, `Dynamic` and `Provides-Extra` values. */
function checkValues(context, fields) {
    const out = [];
    const name = firstField(context.metadata, 'name');
    if (name && name.value.trim() && !isValidName(name.value)) {
        out.push(fieldInvalid(context, name, `Name "${name.value}" is not a valid distribution name (letters, digits, ".", "_" and "-", starting and ending with a letter or digit)`, 'Fix `[project].name`.'));
    }
    const version = firstField(context.metadata, 'version');
    if (version && version.value.trim() && !parseVersion(version.value)) {
        out.push(fieldInvalid(context, version, `Version "${version.value}" is not a valid PEP 440 version`, 'Fix the version the build backend writes.'));
    }
    const summary = firstField(context.metadata, 'summary');
    if (summary?.value.includes('\n')) {
        out.push(fieldInvalid(context, summary, '"Summary" spans several lines but must be a single line', 'Shorten `[project].description` to one line.'));
    }
    return [...out, ...checkDynamic(context, fields), ...checkExtras(context)];
}
function checkDynamic(context, fields) {
    return fieldsNamed(context.metadata, 'dynamic').flatMap(f => {
        const value = f.value.trim().toLowerCase();
        const problem = ['name', 'version', 'metadata-version'].includes(value)
            ? `"Dynamic: ${f.value}" is not allowed: that field can never be dynamic`
            : !(value in fields)
                ? `"Dynamic: ${f.value}" does not name a core metadata field`
                : null;
        return problem
            ? [fieldInvalid(context, f, problem, 'Rebuild with a current build backend.')]
            : [];
    });
}
function checkExtras(context) {
    return fieldsNamed(context.metadata, 'provides-extra')
        .filter(f => !isValidName(f.value))
        .map(f => fieldInvalid(context, f, `"Provides-Extra: ${f.value}" is not a valid extra name`, 'Rename the extra in `[project.optional-dependencies]` to letters, digits, ".", "_" and "-".'));
}

;// CONCATENATED MODULE: ./build/engine/dist/metadata-fields.js
/**
 * Field-level rules of core metadata 1.0\u20132.4, as `packaging.metadata`
 * enforces them for the index: required fields, the metadata version,
 * single-use fields used once, fields no newer than the declared version,
 * and the values `Name`, `Version`, `Summary`, `Dynamic` and
 * `Provides-Extra` may take.
 */




/** Metadata versions the specification defines, oldest first. */
const METADATA_VERSIONS = [
    '1.0',
    '1.1',
    '1.2',
    '2.1',
    '2.2',
    '2.3',
    '2.4',
    '2.5'
];
/** The newest metadata version PyPI accepts in an upload. */
const INDEX_MAX_METADATA_VERSION = '2.4';
// The metadata version that introduced each field (packaging.metadata).
const FIELD_ADDED = {
    'metadata-version': '1.0',
    name: '1.0',
    version: '1.0',
    platform: '1.0',
    summary: '1.0',
    description: '1.0',
    keywords: '1.0',
    'home-page': '1.0',
    author: '1.0',
    'author-email': '1.0',
    license: '1.0',
    'supported-platform': '1.1',
    'download-url': '1.1',
    classifier: '1.1',
    requires: '1.1',
    provides: '1.1',
    obsoletes: '1.1',
    maintainer: '1.2',
    'maintainer-email': '1.2',
    'requires-dist': '1.2',
    'requires-python': '1.2',
    'requires-external': '1.2',
    'project-url': '1.2',
    'provides-dist': '1.2',
    'obsoletes-dist': '1.2',
    'description-content-type': '2.1',
    'provides-extra': '2.1',
    dynamic: '2.2',
    'license-expression': '2.4',
    'license-file': '2.4',
    'import-name': '2.5',
    'import-namespace': '2.5'
};
const MULTIPLE_USE = new Set([
    'platform',
    'supported-platform',
    'classifier',
    'requires',
    'provides',
    'obsoletes',
    'requires-dist',
    'requires-external',
    'project-url',
    'provides-extra',
    'provides-dist',
    'obsoletes-dist',
    'dynamic',
    'license-file',
    'import-name',
    'import-namespace'
]);
const REQUIRED = ['Metadata-Version', 'Name', 'Version'];
/** Every field-level finding for one metadata file. */
function checkMetadataFields(context) {
    const version = metadataVersion(context);
    return [
        ...checkRequired(context),
        ...version.findings,
        ...checkRepeated(context),
        ...(version.known ? checkFieldAges(context, version.known) : []),
        ...checkValues(context, FIELD_ADDED)
    ];
}
/** The declared metadata version, when it is one the specification defines. */
function declaredMetadataVersion(context) {
    const value = firstField(context.metadata, 'metadata-version')?.value.trim();
    return METADATA_VERSIONS.find(v => v === value) ?? null;
}
function checkRequired(context) {
    return REQUIRED.filter(name => !firstField(context.metadata, name.toLowerCase())?.value.trim()).map(name => artifactFinding(context.ref, 'metadata/missing-field', 'error', `${where(context)} has no "${name}" field, which core metadata requires.`, 'Rebuild with a current build backend; it writes every required field.'));
}
function metadataVersion(context) {
    const field = firstField(context.metadata, 'metadata-version');
    const value = field?.value.trim() ?? '';
    if (value === '')
        return { findings: [], known: null };
    const known = declaredMetadataVersion(context);
    const newer = isNewerThanIndex(value);
    if (known && !newer)
        return { findings: [], known };
    const message = newer
        ? `${where(context, field?.line)} declares Metadata-Version "${value}", newer than the "${INDEX_MAX_METADATA_VERSION}" the index accepts: the upload would be refused.`
        : `${where(context, field?.line)} declares Metadata-Version "${value}", which is not a core metadata version (expected one of ${METADATA_VERSIONS.slice(0, -1).join(', ')}).`;
    const finding = artifactFinding(context.ref, 'metadata/version-unsupported', 'error', message, newer
        ? `Pin the build backend to a release that writes Metadata-Version ${INDEX_MAX_METADATA_VERSION} until the index supports "${value}".`
        : 'Rebuild with a current build backend.', field?.line);
    return { findings: [finding], known };
}
function isNewerThanIndex(value) {
    const m = /^(\d+)\.(\d+)$/.exec(value);
    if (!m)
        return false;
    const [major, minor] = [Number(m[1]), Number(m[2])];
    const [maxMajor, maxMinor] = INDEX_MAX_METADATA_VERSION.split('.').map(Number);
    return major > (maxMajor ?? 0) || (major === maxMajor && minor > (maxMinor ?? 0));
}
function checkRepeated(context) {
    const out = [];
    const counted = new Set();
    for (const field of context.metadata.fields) {
        if (MULTIPLE_USE.has(field.key) || counted.has(field.key))
            continue;
        if (!(field.key in FIELD_ADDED))
            continue;
        counted.add(field.key);
        const all = fieldsNamed(context.metadata, field.key);
        if (all.length < 2)
            continue;
        out.push(fieldInvalid(context, all[1], `"${field.name}" appears ${all.length} times but may appear only once`, `Keep one "${field.name}" field.`));
    }
    const description = firstField(context.metadata, 'description');
    if (description && context.metadata.body !== null) {
        out.push(fieldInvalid(context, description, 'the long description is given both as a "Description" field and as the body', 'Keep only the body (after the blank line).'));
    }
    return out;
}
// setuptools wrote License-File, and hatchling License-Expression, under
// Metadata-Version 2.1 for years before PEP 639 settled them in 2.4, and
// the index accepts them there; only the other fields are held to their age.
const EARLY_LICENSE_FIELDS = new Set(['license-file', 'license-expression']);
function checkFieldAges(context, declared) {
    const rank = (v) => METADATA_VERSIONS.indexOf(v);
    const seen = new Set();
    return context.metadata.fields
        .filter(f => {
        const added = FIELD_ADDED[f.key];
        if (!added || EARLY_LICENSE_FIELDS.has(f.key) || seen.has(f.key)) {
            return false;
        }
        seen.add(f.key);
        return rank(added) > rank(declared);
    })
        .map(f => fieldInvalid(context, f, `"${f.name}" was introduced in Metadata-Version ${FIELD_ADDED[f.key] ?? ''}, but the file declares "${declared}"`, `Declare Metadata-Version ${FIELD_ADDED[f.key] ?? ''} or later (a current build backend does).`));
}

;// CONCATENATED MODULE: ./build/engine/dist/spdx-identifiers.js
/**
 * SPDX identifiers accepted in `License-Expression` (PEP 639), as
 * packaging 26.2 knows them (SPDX license list 3.27.0).
 * Generated by scripts/make-dist-spdx.py; do not edit.
 */
/** License identifiers, whitespace-separated. */
const SPDX_LICENSES = `
0BSD 3D-Slicer-1.0 AAL ADSL AFL-1.1 AFL-1.2 AFL-2.0 AFL-2.1 AFL-3.0 AGPL-1.0
AGPL-1.0-only AGPL-1.0-or-later AGPL-3.0 AGPL-3.0-only AGPL-3.0-or-later
AMD-newlib AMDPLPA AML AML-glslang AMPAS ANTLR-PD ANTLR-PD-fallback APAFML
APL-1.0 APSL-1.0 APSL-1.1 APSL-1.2 APSL-2.0 ASWF-Digital-Assets-1.0
ASWF-Digital-Assets-1.1 Abstyles AdaCore-doc Adobe-2006
Adobe-Display-PostScript Adobe-Glyph Adobe-Utopia Afmparse Aladdin
Apache-1.0 Apache-1.1 Apache-2.0 App-s2p Arphic-1999 Artistic-1.0
Artistic-1.0-Perl Artistic-1.0-cl8 Artistic-2.0 Artistic-dist Aspell-RU
BSD-1-Clause BSD-2-Clause BSD-2-Clause-Darwin BSD-2-Clause-FreeBSD
BSD-2-Clause-NetBSD BSD-2-Clause-Patent BSD-2-Clause-Views
BSD-2-Clause-first-lines BSD-2-Clause-pkgconf-disclaimer BSD-3-Clause
BSD-3-Clause-Attribution BSD-3-Clause-Clear BSD-3-Clause-HP
BSD-3-Clause-LBNL BSD-3-Clause-Modification BSD-3-Clause-No-Military-License
BSD-3-Clause-No-Nuclear-License BSD-3-Clause-No-Nuclear-License-2014
BSD-3-Clause-No-Nuclear-Warranty BSD-3-Clause-Open-MPI BSD-3-Clause-Sun
BSD-3-Clause-acpica BSD-3-Clause-flex BSD-4-Clause BSD-4-Clause-Shortened
BSD-4-Clause-UC BSD-4.3RENO BSD-4.3TAHOE BSD-Advertising-Acknowledgement
BSD-Attribution-HPND-disclaimer BSD-Inferno-Nettverk BSD-Protection
BSD-Source-Code BSD-Source-beginning-file BSD-Systemics
BSD-Systemics-W3Works BSL-1.0 BUSL-1.1 Baekmuk Bahyph Barr Beerware
BitTorrent-1.0 BitTorrent-1.1 Bitstream-Charter Bitstream-Vera BlueOak-1.0.0
Boehm-GC Boehm-GC-without-fee Borceux Brian-Gladman-2-Clause
Brian-Gladman-3-Clause C-UDA-1.0 CAL-1.0 CAL-1.0-Combined-Work-Exception
CATOSL-1.1 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-2.5-AU CC-BY-3.0 CC-BY-3.0-AT
CC-BY-3.0-AU CC-BY-3.0-DE CC-BY-3.0-IGO CC-BY-3.0-NL CC-BY-3.0-US CC-BY-4.0
CC-BY-NC-1.0 CC-BY-NC-2.0 CC-BY-NC-2.5 CC-BY-NC-3.0 CC-BY-NC-3.0-DE
CC-BY-NC-4.0 CC-BY-NC-ND-1.0 CC-BY-NC-ND-2.0 CC-BY-NC-ND-2.5 CC-BY-NC-ND-3.0
CC-BY-NC-ND-3.0-DE CC-BY-NC-ND-3.0-IGO CC-BY-NC-ND-4.0 CC-BY-NC-SA-1.0
CC-BY-NC-SA-2.0 CC-BY-NC-SA-2.0-DE CC-BY-NC-SA-2.0-FR CC-BY-NC-SA-2.0-UK
CC-BY-NC-SA-2.5 CC-BY-NC-SA-3.0 CC-BY-NC-SA-3.0-DE CC-BY-NC-SA-3.0-IGO
CC-BY-NC-SA-4.0 CC-BY-ND-1.0 CC-BY-ND-2.0 CC-BY-ND-2.5 CC-BY-ND-3.0
CC-BY-ND-3.0-DE CC-BY-ND-4.0 CC-BY-SA-1.0 CC-BY-SA-2.0 CC-BY-SA-2.0-UK
CC-BY-SA-2.1-JP CC-BY-SA-2.5 CC-BY-SA-3.0 CC-BY-SA-3.0-AT CC-BY-SA-3.0-DE
CC-BY-SA-3.0-IGO CC-BY-SA-4.0 CC-PDDC CC-PDM-1.0 CC-SA-1.0 CC0-1.0 CDDL-1.0
CDDL-1.1 CDL-1.0 CDLA-Permissive-1.0 CDLA-Permissive-2.0 CDLA-Sharing-1.0
CECILL-1.0 CECILL-1.1 CECILL-2.0 CECILL-2.1 CECILL-B CECILL-C CERN-OHL-1.1
CERN-OHL-1.2 CERN-OHL-P-2.0 CERN-OHL-S-2.0 CERN-OHL-W-2.0 CFITSIO CMU-Mach
CMU-Mach-nodoc CNRI-Jython CNRI-Python CNRI-Python-GPL-Compatible COIL-1.0
CPAL-1.0 CPL-1.0 CPOL-1.02 CUA-OPL-1.0 Caldera Caldera-no-preamble Catharon
ClArtistic Clips Community-Spec-1.0 Condor-1.1 Cornell-Lossless-JPEG Cronyx
Crossword CryptoSwift CrystalStacker Cube D-FSL-1.0 DEC-3-Clause
DL-DE-BY-2.0 DL-DE-ZERO-2.0 DOC DRL-1.0 DRL-1.1 DSDP DocBook-DTD
DocBook-Schema DocBook-Stylesheet DocBook-XML Dotseqn ECL-1.0 ECL-2.0
EFL-1.0 EFL-2.0 EPICS EPL-1.0 EPL-2.0 EUDatagrid EUPL-1.0 EUPL-1.1 EUPL-1.2
Elastic-2.0 Entessa ErlPL-1.1 Eurosym FBM FDK-AAC FSFAP
FSFAP-no-warranty-disclaimer FSFUL FSFULLR FSFULLRSD FSFULLRWD FSL-1.1-ALv2
FSL-1.1-MIT FTL Fair Ferguson-Twofish Frameworx-1.0 FreeBSD-DOC FreeImage
Furuseth GCR-docs GD GFDL-1.1 GFDL-1.1-invariants-only
GFDL-1.1-invariants-or-later GFDL-1.1-no-invariants-only
GFDL-1.1-no-invariants-or-later GFDL-1.1-only GFDL-1.1-or-later GFDL-1.2
GFDL-1.2-invariants-only GFDL-1.2-invariants-or-later
GFDL-1.2-no-invariants-only GFDL-1.2-no-invariants-or-later GFDL-1.2-only
GFDL-1.2-or-later GFDL-1.3 GFDL-1.3-invariants-only
GFDL-1.3-invariants-or-later GFDL-1.3-no-invariants-only
GFDL-1.3-no-invariants-or-later GFDL-1.3-only GFDL-1.3-or-later GL2PS GLWTPL
GPL-1.0 GPL-1.0+ GPL-1.0-only GPL-1.0-or-later GPL-2.0 GPL-2.0+ GPL-2.0-only
GPL-2.0-or-later GPL-2.0-with-GCC-exception GPL-2.0-with-autoconf-exception
GPL-2.0-with-bison-exception GPL-2.0-with-classpath-exception
GPL-2.0-with-font-exception GPL-3.0 GPL-3.0+ GPL-3.0-only GPL-3.0-or-later
GPL-3.0-with-GCC-exception GPL-3.0-with-autoconf-exception
Game-Programming-Gems Giftware Glide Glulxe Graphics-Gems Gutmann HDF5
HIDAPI HP-1986 HP-1989 HPND HPND-DEC HPND-Fenneberg-Livingston
HPND-INRIA-IMAG HPND-Intel HPND-Kevlin-Henney HPND-MIT-disclaimer
HPND-Markus-Kuhn HPND-Netrek HPND-Pbmplus HPND-UC HPND-UC-export-US HPND-doc
HPND-doc-sell HPND-export-US HPND-export-US-acknowledgement
HPND-export-US-modify HPND-export2-US HPND-merchantability-variant
HPND-sell-MIT-disclaimer-xserver HPND-sell-regexpr HPND-sell-variant
HPND-sell-variant-MIT-disclaimer HPND-sell-variant-MIT-disclaimer-rev
HTMLTIDY HaskellReport Hippocratic-2.1 IBM-pibs ICU IEC-Code-Components-EULA
IJG IJG-short IPA IPL-1.0 ISC ISC-Veillard ImageMagick Imlib2 Info-ZIP
Inner-Net-2.0 InnoSetup Intel Intel-ACPI Interbase-1.0 JPL-image JPNIC JSON
Jam JasPer-2.0 Kastrup Kazlib Knuth-CTAN LAL-1.2 LAL-1.3 LGPL-2.0 LGPL-2.0+
LGPL-2.0-only LGPL-2.0-or-later LGPL-2.1 LGPL-2.1+ LGPL-2.1-only
LGPL-2.1-or-later LGPL-3.0 LGPL-3.0+ LGPL-3.0-only LGPL-3.0-or-later LGPLLR
LOOP LPD-document LPL-1.0 LPL-1.02 LPPL-1.0 LPPL-1.1 LPPL-1.2 LPPL-1.3a
LPPL-1.3c LZMA-SDK-9.11-to-9.20 LZMA-SDK-9.22 Latex2e
Latex2e-translated-notice Leptonica LiLiQ-P-1.1 LiLiQ-R-1.1 LiLiQ-Rplus-1.1
Libpng Linux-OpenIB Linux-man-pages-1-para Linux-man-pages-copyleft
Linux-man-pages-copyleft-2-para Linux-man-pages-copyleft-var
Lucida-Bitmap-Fonts MIPS MIT MIT-0 MIT-CMU MIT-Click MIT-Festival
MIT-Khronos-old MIT-Modern-Variant MIT-Wu MIT-advertising MIT-enna MIT-feh
MIT-open-group MIT-testregex MITNFA MMIXware MPEG-SSG MPL-1.0 MPL-1.1
MPL-2.0 MPL-2.0-no-copyleft-exception MS-LPL MS-PL MS-RL MTLL
Mackerras-3-Clause Mackerras-3-Clause-acknowledgment MakeIndex
Martin-Birgmeier McPhee-slideshow Minpack MirOS Motosoto MulanPSL-1.0
MulanPSL-2.0 Multics Mup NAIST-2003 NASA-1.3 NBPL-1.0 NCBI-PD NCGL-UK-2.0
NCL NCSA NGPL NICTA-1.0 NIST-PD NIST-PD-fallback NIST-Software NLOD-1.0
NLOD-2.0 NLPL NOSL NPL-1.0 NPL-1.1 NPOSL-3.0 NRL NTIA-PD NTP NTP-0 Naumen
Net-SNMP NetCDF Newsletr Nokia Noweb Nunit O-UDA-1.0 OAR OCCT-PL OCLC-2.0
ODC-By-1.0 ODbL-1.0 OFFIS OFL-1.0 OFL-1.0-RFN OFL-1.0-no-RFN OFL-1.1
OFL-1.1-RFN OFL-1.1-no-RFN OGC-1.0 OGDL-Taiwan-1.0 OGL-Canada-2.0 OGL-UK-1.0
OGL-UK-2.0 OGL-UK-3.0 OGTSL OLDAP-1.1 OLDAP-1.2 OLDAP-1.3 OLDAP-1.4
OLDAP-2.0 OLDAP-2.0.1 OLDAP-2.1 OLDAP-2.2 OLDAP-2.2.1 OLDAP-2.2.2 OLDAP-2.3
OLDAP-2.4 OLDAP-2.5 OLDAP-2.6 OLDAP-2.7 OLDAP-2.8 OLFL-1.3 OML OPL-1.0
OPL-UK-3.0 OPUBL-1.0 OSET-PL-2.1 OSL-1.0 OSL-1.1 OSL-2.0 OSL-2.1 OSL-3.0
OpenPBS-2.3 OpenSSL OpenSSL-standalone OpenVision PADL PDDL-1.0 PHP-3.0
PHP-3.01 PPL PSF-2.0 Parity-6.0.0 Parity-7.0.0 Pixar Plexus
PolyForm-Noncommercial-1.0.0 PolyForm-Small-Business-1.0.0 PostgreSQL
Python-2.0 Python-2.0.1 QPL-1.0 QPL-1.0-INRIA-2004 Qhull RHeCos-1.1 RPL-1.1
RPL-1.5 RPSL-1.0 RSA-MD RSCPL Rdisc Ruby Ruby-pty SAX-PD SAX-PD-2.0 SCEA
SGI-B-1.0 SGI-B-1.1 SGI-B-2.0 SGI-OpenGL SGP4 SHL-0.5 SHL-0.51 SISSL
SISSL-1.2 SL SMAIL-GPL SMLNJ SMPPL SNIA SOFA SPL-1.0 SSH-OpenSSH SSH-short
SSLeay-standalone SSPL-1.0 SUL-1.0 SWL Saxpath SchemeReport Sendmail
Sendmail-8.23 Sendmail-Open-Source-1.1 SimPL-2.0 Sleepycat Soundex
Spencer-86 Spencer-94 Spencer-99 StandardML-NJ SugarCRM-1.1.3 Sun-PPP
Sun-PPP-2000 SunPro Symlinks TAPR-OHL-1.0 TCL TCP-wrappers TGPPL-1.0 TMate
TORQUE-1.1 TOSL TPDL TPL-1.0 TTWL TTYP0 TU-Berlin-1.0 TU-Berlin-2.0
TermReadKey ThirdEye TrustedQSL UCAR UCL-1.0 UMich-Merit UPL-1.0 URT-RLE
Ubuntu-font-1.0 Unicode-3.0 Unicode-DFS-2015 Unicode-DFS-2016 Unicode-TOU
UnixCrypt Unlicense Unlicense-libtelnet Unlicense-libwhirlpool VOSTROM
VSL-1.0 Vim W3C W3C-19980720 W3C-20150513 WTFPL Watcom-1.0 Widget-Workshop
Wsuipa X11 X11-distribute-modifications-variant X11-swapped XFree86-1.1
XSkat Xdebug-1.03 Xerox Xfig Xnet YPL-1.0 YPL-1.1 ZPL-1.1 ZPL-2.0 ZPL-2.1
Zed Zeeff Zend-2.0 Zimbra-1.3 Zimbra-1.4 Zlib any-OSI any-OSI-perl-modules
bcrypt-Solar-Designer blessing bzip2-1.0.5 bzip2-1.0.6 check-cvs checkmk
copyleft-next-0.3.0 copyleft-next-0.3.1 curl cve-tou diffmark dtoa dvipdfm
eCos-2.0 eGenix etalab-2.0 fwlw gSOAP-1.3b generic-xts gnuplot gtkbook
hdparm iMatix jove libpng-1.6.35 libpng-2.0 libselinux-1.0 libtiff
libutil-David-Nugent lsof magaz mailprio man2html metamail mpi-permissive
mpich2 mplus ngrep pkgconf pnmstitch psfrag psutils python-ldap radvd
snprintf softSurfer ssh-keyscan swrule threeparttable ulem w3m wwl wxWindows
xinetd xkeyboard-config-Zinoviev xlock xpp xzoom zlib-acknowledgement
`;
/** License exception identifiers (after `WITH`), whitespace-separated. */
const SPDX_EXCEPTIONS = `
389-exception Asterisk-exception Asterisk-linking-protocols-exception
Autoconf-exception-2.0 Autoconf-exception-3.0 Autoconf-exception-generic
Autoconf-exception-generic-3.0 Autoconf-exception-macro Bison-exception-1.24
Bison-exception-2.2 Bootloader-exception CGAL-linking-exception
CLISP-exception-2.0 Classpath-exception-2.0 DigiRule-FOSS-exception
Digia-Qt-LGPL-exception-1.1 FLTK-exception Fawkes-Runtime-exception
Font-exception-2.0 GCC-exception-2.0 GCC-exception-2.0-note
GCC-exception-3.1 GNAT-exception GNOME-examples-exception
GNU-compiler-exception GPL-3.0-389-ds-base-exception
GPL-3.0-interface-exception GPL-3.0-linking-exception
GPL-3.0-linking-source-exception GPL-CC-1.0 GStreamer-exception-2005
GStreamer-exception-2008 Gmsh-exception Independent-modules-exception
KiCad-libraries-exception LGPL-3.0-linking-exception LLGPL LLVM-exception
LZMA-exception Libtool-exception Linux-syscall-note Nokia-Qt-exception-1.1
OCCT-exception-1.0 OCaml-LGPL-linking-exception
OpenJDK-assembly-exception-1.0 PCRE2-exception
PS-or-PDF-font-exception-20170817 QPL-1.0-INRIA-2004-exception
Qt-GPL-exception-1.0 Qt-LGPL-exception-1.1 Qwt-exception-1.0
RRDtool-FLOSS-exception-2.0 SANE-exception SHL-2.0 SHL-2.1 SWI-exception
Swift-exception Texinfo-exception UBDL-exception
Universal-FOSS-exception-1.0 WxWindows-exception-3.1
cryptsetup-OpenSSL-exception eCos-exception-2.0 erlang-otp-linking-exception
fmt-exception freertos-exception-2.0 gnu-javamail-exception
harbour-exception i2p-gpl-java-exception libpri-OpenH323-exception
mif-exception mxml-exception openvpn-openssl-exception polyparse-exception
romic-exception stunnel-exception u-boot-exception-2.0
vsftpd-openssl-exception x11vnc-openssl-exception
`;

;// CONCATENATED MODULE: ./build/engine/dist/license-expression.js
/**
 * `License-Expression` (PEP 639 \u00a7 License-Expression; SPDX 2.2 Annex D)
 * validated and canonicalized exactly as
 * `packaging.licenses.canonicalize_license_expression`, which the index
 * uses: case-insensitive identifiers and operators, `+` suffixes, and
 * `LicenseRef-` identifiers of letters, digits, `.` and `-`.
 */


const byLowercase = (ids) => new Map(ids
    .split(/\s+/)
    .filter(id => id !== '')
    .map(id => [id.toLowerCase(), id]));
const LICENSES = byLowercase(SPDX_LICENSES);
const EXCEPTIONS = byLowercase(SPDX_EXCEPTIONS);
const OPERATORS = new Set(['or', 'and', 'with', '(', ')']);
const SPACES = new RegExp(`[${PYTHON_SPACE_CHARS}]+`);
const LICENSE_REF = /^licenseref-[a-z0-9.-]*$/i;
/** Validates and canonicalizes a `License-Expression` value. */
function canonicalizeLicenseExpression(raw) {
    const tokens = raw
        .replace(/\(/g, ' ( ')
        .replace(/\)/g, ' ) ')
        .split(SPACES)
        .filter(t => t !== '');
    if (raw === '' || !isWellFormed(tokens.map(t => t.toLowerCase()))) {
        return { ok: false, reason: 'it is not a well-formed expression' };
    }
    const out = [];
    for (const token of tokens) {
        const next = canonicalToken(token, out[out.length - 1], tokens);
        if (!next.ok)
            return next;
        out.push(next.canonical);
    }
    const canonical = out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
    return { ok: true, canonical };
}
function canonicalToken(token, previous, tokens) {
    const lower = token.toLowerCase();
    if (OPERATORS.has(lower))
        return { ok: true, canonical: lower.toUpperCase() };
    if (previous === 'WITH') {
        const id = EXCEPTIONS.get(lower);
        return id
            ? { ok: true, canonical: id }
            : { ok: false, reason: `"${token}" is not a known license exception` };
    }
    const plus = lower.endsWith('+') ? '+' : '';
    const bare = plus ? lower.slice(0, -1) : lower;
    if (bare.startsWith('licenseref-'))
        return licenseRef(bare, plus, tokens);
    const id = LICENSES.get(bare);
    return id
        ? { ok: true, canonical: id + plus }
        : { ok: false, reason: `"${token}" is not a known SPDX license identifier` };
}
// packaging keeps the case a `LicenseRef-` was written in (the last spelling
// of it wins) and, looking it up without its `+`, fails on a `+` suffix
// unless the same reference also appears bare.
function licenseRef(bare, plus, tokens) {
    if (!LICENSE_REF.test(bare)) {
        return { ok: false, reason: `"${bare}" is not a valid LicenseRef` };
    }
    const written = tokens.filter(t => t.toLowerCase() === bare).pop();
    if (written === undefined) {
        return { ok: false, reason: `"${bare}${plus}" is not a valid LicenseRef` };
    }
    return { ok: true, canonical: `LicenseRef-${written.slice(11)}${plus}` };
}
// packaging turns the tokens into a Python expression (`WITH` read as `or`,
// every operand as `False`) and asks Python to compile it: operands joined
// by binary operators, parentheses balanced and never empty.
function isWellFormed(tokens) {
    let depth = 0;
    let wantOperand = true;
    for (const token of tokens) {
        if (token === '(') {
            if (!wantOperand)
                return false;
            depth++;
        }
        else if (token === ')') {
            if (wantOperand || depth === 0)
                return false;
            depth--;
        }
        else if (OPERATORS.has(token)) {
            if (wantOperand)
                return false;
            wantOperand = true;
        }
        else {
            if (!wantOperand)
                return false;
            wantOperand = false;
        }
    }
    return depth === 0 && !wantOperand && tokens.length > 0;
}

;// CONCATENATED MODULE: ./build/engine/dist/license-checks.js
/**
 * License fields per PEP 639 (core metadata 2.4): a valid SPDX
 * `License-Expression`, never together with `License` nor with license
 * classifiers, and each `License-File` present where the specification puts
 * it (`.dist-info/licenses/` in a wheel, relative to the project root in an
 * sdist).
 */





/** Every license finding for one metadata file. */
function checkLicenseFields(context, root) {
    return [
        ...checkExpression(context),
        ...fieldsNamed(context.metadata, 'license-file').flatMap(f => checkLicenseFile(context, root, f))
    ];
}
function checkExpression(context) {
    const field = firstField(context.metadata, 'license-expression');
    if (!field)
        return [];
    const out = [];
    const result = canonicalizeLicenseExpression(field.value);
    if (!result.ok) {
        out.push(artifactFinding(context.ref, 'metadata/license-expression', 'error', `${where(context, field.line)}: License-Expression "${field.value}" is not a valid SPDX expression (${result.reason}); the index refuses it.`, 'Set `[project].license` to an SPDX expression such as "MIT" or "Apache-2.0 OR BSD-3-Clause" (LicenseRef-\u2026 for others).', field.line));
    }
    const license = firstField(context.metadata, 'license');
    if (license) {
        out.push(artifactFinding(context.ref, 'metadata/license-conflict', 'error', `${where(context, license.line)} has both "License" and License-Expression "${field.value}"; PEP 639 makes them exclusive and the index refuses both.`, 'Remove the legacy `license = {text = \u2026}` / `license = {file = \u2026}` or the `License` field; keep only the SPDX expression.', license.line));
    }
    const classifiers = fieldsNamed(context.metadata, 'classifier').filter(c => c.value.trim().startsWith('License ::'));
    if (classifiers.length > 0) {
        const first = classifiers[0];
        out.push(artifactFinding(context.ref, 'metadata/license-classifier', 'error', `${where(context, first.line)} has License-Expression "${field.value}" and the deprecated license classifier "${first.value.trim()}"${classifiers.length > 1 ? ` (and ${classifiers.length - 1} more)` : ''}; the index refuses license classifiers next to an expression (PEP 639).`, 'Remove every "License :: \u2026" classifier from `[project].classifiers`.', first.line));
    }
    return out;
}
function checkLicenseFile(context, root, field) {
    const path = field.value.trim();
    const problem = licensePathProblem(path);
    if (problem) {
        return [
            artifactFinding(context.ref, 'metadata/license-file-invalid', 'error', `${where(context, field.line)}: License-File "${path}" ${problem}; the index refuses it.`, 'List license files by relative paths with "/" (`[project].license-files` globs are resolved by the backend).', field.line)
        ];
    }
    if (root.folders.some(folder => root.members.has(folder + path)))
        return [];
    const expected = root.folders[0] ?? '';
    return [
        artifactFinding(context.ref, 'metadata/license-file-missing', 'error', `${where(context, field.line)} lists License-File "${path}", but the archive has no "${expected}${path}"; the index refuses the upload.`, 'Rebuild with a backend that copies license files (PEP 639), or fix `[project].license-files`.', field.line)
    ];
}
// packaging.metadata's rules for License-File paths.
function licensePathProblem(path) {
    if (path.includes('..'))
        return 'holds ".."';
    if (path.includes('*'))
        return 'is a glob, not a resolved path';
    if (/^(?:\/|\\\\|[a-z]:[\\/])/i.test(path)) {
        return 'is not a relative path';
    }
    if (path.includes('\\'))
        return 'uses "\\" instead of "/"';
    return null;
}
/**
 * The folders a wheel's license files may be in: `.dist-info/licenses/`
 * (PEP 639), or for metadata older than 2.4, where setuptools put them
 * before the PEP, the `.dist-info` folder itself.
 */
function wheelLicenseFolders(context, distInfo) {
    const declared = declaredMetadataVersion(context);
    const modern = declared !== null && declared >= '2.4';
    return modern
        ? [`${distInfo}/licenses/`]
        : [`${distInfo}/licenses/`, `${distInfo}/`];
}

;// CONCATENATED MODULE: ./build/engine/dist/content-type.js
/**
 * `Description-Content-Type` (core metadata \u00a7 Description-Content-Type,
 * 2.1+), checked as `packaging.metadata` and the index check it.
 */
const TYPES = ['text/plain', 'text/x-rst', 'text/markdown'];
const MARKDOWN_VARIANTS = ['GFM', 'CommonMark'];
const TOKEN = "[!#$%&'*+\\-.^_`|~0-9a-z]+";
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}$`, 'i');
/** Validates a `Description-Content-Type` value. */
function parseContentType(value) {
    const [head = '', ...rest] = value.split(';');
    const media = head.trim().toLowerCase();
    const type = TYPES.find(t => t === media);
    if (!MEDIA_TYPE.test(media) || !type) {
        return {
            ok: false,
            reason: `it must be one of "text/markdown", "text/x-rst" or "text/plain"`
        };
    }
    const params = parameters(rest);
    // The parameter values are case-sensitive: `charset=utf-8` is refused.
    const charset = params.get('charset') ?? 'UTF-8';
    if (charset !== 'UTF-8') {
        return {
            ok: false,
            reason: `the only charset allowed is "UTF-8", not "${charset}"`
        };
    }
    const variant = params.get('variant') ?? 'GFM';
    if (type === 'text/markdown' && !MARKDOWN_VARIANTS.includes(variant)) {
        return {
            ok: false,
            reason: `the Markdown variant must be "GFM" or "CommonMark", not "${variant}"`
        };
    }
    return { ok: true, type };
}
// RFC 2045 parameters; the first of a repeated name wins, as in Python's
// email package.
function parameters(pieces) {
    const out = new Map();
    for (const piece of pieces) {
        const eq = piece.indexOf('=');
        if (eq < 0)
            continue;
        const name = piece.slice(0, eq).trim().toLowerCase();
        const value = piece
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/s, '$1');
        if (!out.has(name))
            out.set(name, value);
    }
    return out;
}

;// CONCATENATED MODULE: ./build/engine/lazy.js
/**
 * A value built on first use. A regular expression with Unicode property
 * classes (`\p{L}`) takes V8 long enough to build that a module building
 * several at load time adds visibly to every start-up, needed or not.
 */
function lazy(build) {
    let value;
    return () => (value ??= build());
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-text.js
/**
 * Text-level helpers for reading reStructuredText the way docutils reads
 * it: lines with tabs expanded and trailing whitespace dropped, indentation,
 * display width of East Asian text, punctuation classes of inline markup,
 * and reference-name normalization.
 */

/** Splits text into lines as docutils' `string2lines` does. */
function toLines(text, first = 1) {
    return text.split(/\r\n|\r|\n|\v|\f/).map((raw, i) => ({
        text: expandTabs(raw).trimEnd(),
        line: first + i
    }));
}
function expandTabs(text) {
    if (!text.includes('\t'))
        return text;
    let out = '';
    for (const c of text)
        out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c;
    return out;
}
/** Leading spaces of a line. */
function rst_text_indentOf(text) {
    return text.length - text.trimStart().length;
}
/** Whether the line is blank (docutils lines hold no trailing spaces). */
function rst_text_isBlank(line) {
    return line !== undefined && line.text.trim() === '';
}
// East Asian Wide and Fullwidth ranges: two columns each (unicodedata's
// east_asian_width 'W' and 'F'), as docutils' column_width counts them.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const combining = lazy(() => /\p{Mn}/u);
/** Display width in columns, as docutils' `column_width`. */
function columnWidth(text) {
    let width = 0;
    for (const c of text) {
        if (combining().test(c))
            continue;
        width += WIDE.test(c) ? 2 : 1;
    }
    return width;
}
/** 7-bit punctuation that may adorn a section title or form a transition. */
const ADORNMENT = /^([!-/:-@[-`{-~])\1* *$/;
/** Whitespace-collapsed, lowercased: docutils' `fully_normalize_name`. */
function normalizeRefName(name) {
    return name.toLowerCase().trim().replace(/\s+/g, ' ');
}
/** Backslash escapes replaced by NUL + char, as docutils' `escape2null`. */
function escapeToNull(text) {
    return text.replace(/\\([\s\S]?)/g, '\0$1');
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-blocks.js
/**
 * Block extraction as docutils' `StringList.get_indented` and
 * `get_text_block` do it: the indented block that follows a marker, with
 * whether it ended on a blank line (a block that does not is what the
 * "ends without a blank line; unexpected unindent" warnings are about).
 */

/**
 * The block starting at `start`: with `firstIndent`, the first line from
 * that column and the following indented (or blank) lines; without, every
 * indented or blank line from `start`. Leading blank lines are dropped.
 */
function indentedBlock(lines, start, firstIndent, untilBlank = false) {
    let end = firstIndent === null ? start : start + 1;
    let indent = null;
    let blankFinish = true;
    for (; end < lines.length; end++) {
        const text = lines[end].text;
        if (text !== '' && !text.startsWith(' ')) {
            blankFinish = end > start && lines[end - 1].text === '';
            break;
        }
        if (text === '') {
            if (untilBlank)
                break;
            continue;
        }
        const i = rst_text_indentOf(text);
        indent = indent === null ? i : Math.min(indent, i);
    }
    const block = lines.slice(start, end).map((l, i) => {
        if (i === 0 && firstIndent !== null) {
            return { ...l, text: l.text.slice(firstIndent) };
        }
        return indent ? { ...l, text: l.text.slice(indent) } : l;
    });
    while (block.length > 0 && block[0]?.text.trim() === '')
        block.shift();
    return { lines: block, end, blankFinish };
}
/** Lines from `start` to the next blank line. */
function textBlock(lines, start) {
    let end = start;
    while (end < lines.length && lines[end].text.trim() !== '')
        end++;
    return lines.slice(start, end);
}
/** The block without its trailing blank lines. */
function trimEnd(lines) {
    let end = lines.length;
    while (end > 0 && lines[end - 1].text.trim() === '')
        end--;
    return lines.slice(0, end);
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-document.js
/** A fresh, empty document. */
function newDocument() {
    return {
        problems: [],
        targets: [],
        references: [],
        indirectTargets: [],
        anonymousReferences: [],
        anonymousTargets: [],
        substitutions: [],
        substitutionReferences: [],
        footnoteLabels: new Set(),
        footnoteReferences: [],
        autoFootnotes: { defined: 0, referenced: [] },
        symbolFootnotes: { defined: 0, referenced: [] },
        roles: new Set(),
        titleStyles: [],
        sectionLevel: 0,
        depth: 0
    };
}
/** Records a problem at `level`. */
function report(doc, level, line, message) {
    doc.problems.push({ level, line, message });
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-enumerators.js
const rst_enumerators_ENUMERATOR = /^(?:\((?<p>[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)\)|(?<r>[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)\)|(?<d>[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)\.)( +|$)/;
const ROMAN = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
/** Roman numeral value; `null` when not in canonical form (as roman.py). */
function fromRoman(text) {
    const s = text.toLowerCase();
    let total = 0;
    for (let i = 0; i < s.length; i++) {
        const v = ROMAN[s[i] ?? ''] ?? 0;
        const next = ROMAN[s[i + 1] ?? ''] ?? 0;
        total += v < next ? -v : v;
    }
    return total > 0 && total < 5000 && toRoman(total) === s ? total : null;
}
function toRoman(n) {
    const table = [
        [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
        [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']
    ];
    let out = '';
    for (const [value, digits] of table) {
        while (n >= value) {
            out += digits;
            n -= value;
        }
    }
    return out;
}
const SEQUENCES = [
    ['arabic', /^[0-9]+$/],
    ['loweralpha', /^[a-z]$/],
    ['upperalpha', /^[A-Z]$/],
    ['lowerroman', /^[ivxlcdm]+$/],
    ['upperroman', /^[IVXLCDM]+$/]
];
/** Sequence and ordinal of an enumerator's text, given the list's sequence. */
function sequenceOf(text, expected) {
    if (text === '#')
        return { sequence: '#', ordinal: 1 };
    const fits = (name) => SEQUENCES.find(([n]) => n === name)?.[1].test(text) ?? false;
    let sequence = expected && fits(expected)
        ? expected
        : text === 'i'
            ? 'lowerroman'
            : text === 'I'
                ? 'upperroman'
                : (SEQUENCES.find(([, re]) => re.test(text))?.[0] ?? '');
    if (sequence === '')
        sequence = 'arabic';
    const ordinal = sequence === 'arabic'
        ? Number(text)
        : sequence.endsWith('alpha')
            ? text.toLowerCase().charCodeAt(0) - 96
            : fromRoman(text);
    return { sequence, ordinal };
}
function format(m) {
    const g = m.groups ?? {};
    if (g.p !== undefined)
        return { format: 'parens', text: g.p };
    if (g.r !== undefined)
        return { format: 'rparen', text: g.r };
    return { format: 'period', text: g.d ?? '' };
}
function render(f, text) {
    return f === 'parens' ? `(${text})` : f === 'rparen' ? `${text})` : `${text}.`;
}
function enumeratorText(sequence, ordinal) {
    if (sequence === 'arabic')
        return String(ordinal);
    if (sequence.endsWith('alpha')) {
        if (ordinal > 26)
            return null;
        const c = String.fromCharCode(96 + ordinal);
        return sequence === 'upperalpha' ? c.toUpperCase() : c;
    }
    const r = toRoman(ordinal);
    return sequence === 'upperroman' ? r.toUpperCase() : r;
}
/** Enumerated lists, the list kind. */
const ENUMERATED = {
    name: 'Enumerated list',
    match: text => enumeratorMarker(text, null)
};
/** The marker on `text`, read against the list's sequence so far. */
function enumeratorMarker(text, expected) {
    const m = rst_enumerators_ENUMERATOR.exec(text);
    if (!m)
        return null;
    const f = format(m);
    const { sequence, ordinal } = sequenceOf(f.text, expected);
    if (ordinal === null)
        return null;
    return { end: m[0].length, key: `${f.format} ${sequence}`, ordinal };
}
/**
 * docutils' `is_enumerated_list_item`: the line after a marker must be
 * blank, indented, or start with the next (or an auto) enumerator, else
 * the marker is ordinary text.
 */
function isListItem(lines, at, marker) {
    const next = lines[at + 1];
    if (!next || next.text === '' || next.text.startsWith(' '))
        return true;
    const [f = '', sequence = ''] = marker.key.split(' ');
    const following = sequence === '#' ? '#' : enumeratorText(sequence, (marker.ordinal ?? 0) + 1);
    return ((following !== null && next.text.startsWith(`${render(f, following)} `)) ||
        next.text.startsWith(`${render(f, '#')} `));
}
/** Whether `next` continues the enumerated list whose last item is `previous`. */
function continuesEnumeration(lines, previous, next, at) {
    const [f, sequence] = previous.key.split(' ');
    const reread = enumeratorMarker(lines[at].text, sequence ?? null) ?? next;
    const [nf, ns] = reread.key.split(' ');
    if (nf !== f)
        return false;
    if (ns === '#')
        return isListItem(lines, at, reread);
    return (ns === sequence &&
        reread.ordinal === (previous.ordinal ?? 0) + 1 &&
        isListItem(lines, at, reread));
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-roles.js
/**
 * Interpreted text roles that docutils implements (English names and
 * aliases). Sphinx roles such as `:func:` or `:ref:` are unknown to it, and
 * `:raw:` is disabled on the index, so both fail the render.
 */
const ROLES = new Set([
    'abbreviation',
    'ab',
    'acronym',
    'ac',
    'code',
    'emphasis',
    'literal',
    'math',
    'pep-reference',
    'pep',
    'rfc-reference',
    'rfc',
    'strong',
    'subscript',
    'sub',
    'superscript',
    'sup',
    'title-reference',
    'title',
    't'
]);
/** Whether docutils renders the role (lowercase name). */
function knownRole(name) {
    return ROLES.has(name);
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-inline-markup.js
/**
 * Inline markup recognition, ported from docutils' `Inliner`
 * (reStructuredText markup specification \u00a7 Inline markup recognition
 * rules): start-strings, end-strings, roles, references and substitution
 * references, reporting what docutils reports and noting the names used.
 */




// docutils.utils.punctuation_chars: ASCII openers, closers and delimiters
// are listed one by one (`*`, `.` or `!` are none of them); beyond ASCII
// they are the Unicode punctuation categories.
const rst_inline_markup_WIDE = (categories) => `(?:(?=[^\\x00-\\x7f])[${categories}])`;
const OPENERS = `["'(<\\[{]|${rst_inline_markup_WIDE('\\p{Ps}\\p{Pi}\\p{Pf}')}`;
const DELIMITERS = `[\\\\/:-]|${rst_inline_markup_WIDE('\\p{Pd}\\p{Po}')}`;
const CLOSERS = `["')>\\]}]|${rst_inline_markup_WIDE('\\p{Pe}\\p{Pf}\\p{Pi}')}`;
const START_PREFIX = `(?:^|(?<=\\s|${OPENERS}|${DELIMITERS}))`;
const END_SUFFIX = `(?=$|[\\s\\0\\\\.,;!?]|${CLOSERS}|${DELIMITERS})`;
const NAME = '(?:[\\p{L}\\p{N}])+(?:[-._+:](?:[\\p{L}\\p{N}])+)*';
const NO_SPACE_AFTER = '(?![ \\n])';
const NO_ESCAPE_BEFORE = '(?<![\\s\\0])';
const INITIAL = lazy(() => new RegExp(`${START_PREFIX}(?:` +
    `(?<start>\\*\\*|\\*(?!\\*)|\`\`|_\`|\\|(?!\\|))${NO_SPACE_AFTER}` +
    `|(?<whole>(?<refname>${NAME})(?<refend>__?)|\\[(?<fnlabel>[0-9]+|#(?:${NAME})?|\\*|(?<citation>${NAME}))\\]_)${END_SUFFIX}` +
    `|(?<role>:${NAME}:)?(?<backquote>\`(?!\`))${NO_SPACE_AFTER}` +
    ')', 'u'));
const end = (body) => new RegExp(`${body}${END_SUFFIX}`, 'u');
const END = lazy(() => ({
    '*': { pattern: end(`${NO_ESCAPE_BEFORE}(\\*)`), what: 'emphasis' },
    '**': { pattern: end(`${NO_ESCAPE_BEFORE}(\\*\\*)`), what: 'strong' },
    '``': { pattern: end('(?<!\\s)(``)'), what: 'literal' },
    '_`': { pattern: end(`${NO_ESCAPE_BEFORE}(\`)`), what: 'target' },
    '|': {
        pattern: end(`${NO_ESCAPE_BEFORE}(\\|_{0,2})`),
        what: 'substitution_reference'
    }
}));
const INTERPRETED_END = lazy(() => end(`(?<!(?<!\\0)[\\s\\0])(\`(?<suffix>(?<role>:${NAME}:)?(?<refend>__?)?))`));
const PAIRS = {
    '(': ')',
    '[': ']',
    '{': '}',
    '<': '>',
    '"': '"',
    "'": "'",
    '\u2018': '\u2019',
    '\u201c': '\u201d',
    '\u00ab': '\u00bb',
    '\u2039': '\u203a'
};
// Inline markup is searched for from each start-string to its end, as
// docutils does; on hostile text that is quadratic, so a block is read only
// up to this many characters (real paragraphs are far shorter).
const MAX_INLINE = 20_000;
/** Scans `text`, whose first line is `line`, for inline markup. */
function scanInline(doc, text, line) {
    const escaped = escapeToNull(text.slice(0, MAX_INLINE));
    let remaining = escaped;
    let consumed = 0;
    let counted = 0;
    let newlines = 0;
    // Matches only move forward, so newlines are counted once each.
    const lineAt = (offset) => {
        for (; counted < consumed + offset; counted++) {
            if (escaped.charCodeAt(counted) === 10)
                newlines++;
        }
        return line + newlines;
    };
    for (;;) {
        const m = INITIAL().exec(remaining);
        if (!m?.groups)
            return;
        const at = lineAt(m.index);
        const step = m.groups.start
            ? inlineObject(doc, m, at)
            : m.groups.backquote
                ? interpreted(doc, m, at)
                : whole(doc, m, at);
        consumed += remaining.length - step.rest.length;
        remaining = step.rest;
    }
}
// docutils' quoted_start: a start-string between a matching pair of
// brackets or quotes, as in `(*)` or `"*"`, is not markup.
function quotedStart(input, index, length) {
    if (index === 0)
        return false;
    const post = input[index + length];
    if (post === undefined)
        return true;
    return PAIRS[input[index - 1] ?? ''] === post;
}
function inlineObject(doc, m, line) {
    const start = m.groups?.start ?? '';
    const after = m.index + start.length;
    if (quotedStart(m.input, m.index, start.length))
        return { rest: m.input.slice(after) };
    const spec = END()[start];
    const tail = m.input.slice(after);
    const e = spec.pattern.exec(tail);
    const close = e?.[1];
    if (!e || close === undefined || e.index === 0) {
        report(doc, 'WARNING', line, `Inline ${spec.what} start-string without end-string.`);
        return { rest: tail };
    }
    const content = tail.slice(0, e.index);
    if (start === '|')
        substitution(doc, content, close, line);
    if (start === '_`') {
        doc.targets.push({ name: plain(content), explicit: true, uri: null, line });
    }
    return { rest: tail.slice(e.index + close.length) };
}
function substitution(doc, content, close, line) {
    const name = content.replace(/\0/g, '').replace(/\s+/g, ' ').trim();
    doc.substitutionReferences.push({ name, line });
    if (close === '|__')
        doc.anonymousReferences.push(line);
    else if (close === '|_')
        doc.references.push({ name: normalizeRefName(name), line });
}
function whole(doc, m, line) {
    const g = m.groups ?? {};
    const rest = m.input.slice(m.index + (g.whole ?? '').length);
    if (g.refname !== undefined) {
        if (g.refend === '__')
            doc.anonymousReferences.push(line);
        else
            doc.references.push({ name: normalizeRefName(g.refname), line });
        return { rest };
    }
    const label = g.fnlabel ?? '';
    if (label === '*')
        doc.symbolFootnotes.referenced.push(line);
    else if (label === '#')
        doc.autoFootnotes.referenced.push(line);
    else {
        const name = normalizeRefName(label.replace(/^#/, ''));
        doc.footnoteReferences.push({ name, line });
    }
    return { rest };
}
function interpreted(doc, m, line) {
    const g = m.groups ?? {};
    const prefix = g.role ? g.role.slice(1, -1) : null;
    const after = m.index + (g.role?.length ?? 0) + 1;
    if (!prefix && quotedStart(m.input, after - 1, 1)) {
        return { rest: m.input.slice(after) };
    }
    const tail = m.input.slice(after);
    const e = INTERPRETED_END().exec(tail);
    if (!e?.groups || e.index === 0) {
        report(doc, 'WARNING', line, 'Inline interpreted text or phrase reference start-string without end-string.');
        return { rest: tail };
    }
    const rest = tail.slice(e.index + (e[1] ?? '').length);
    const suffix = e.groups.role ? e.groups.role.slice(1, -1) : null;
    if (prefix && suffix) {
        report(doc, 'WARNING', line, 'Multiple roles in interpreted text (both prefix and suffix present; only one allowed).');
        return { rest };
    }
    const content = tail.slice(0, e.index);
    const role = prefix ?? suffix;
    if (e.groups.refend) {
        if (role) {
            report(doc, 'WARNING', line, `Mismatch: both interpreted text role ${prefix ? 'prefix' : 'suffix'} and reference suffix.`);
        }
        else
            phraseReference(doc, content, e.groups.refend === '__', line);
        return { rest };
    }
    if (role)
        checkRole(doc, role, content, line);
    return { rest };
}
function checkRole(doc, role, content, line) {
    const name = role.toLowerCase();
    if (name === 'raw') {
        report(doc, 'WARNING', line, 'raw (and derived) roles disabled');
        return;
    }
    if (!knownRole(name) && !doc.roles.has(name)) {
        report(doc, 'ERROR', line, `Unknown interpreted text role "${role}".`);
        return;
    }
    const number = plain(content);
    if ((name === 'pep' || name === 'pep-reference') && !/^\d{1,4}$/.test(number)) {
        report(doc, 'ERROR', line, `PEP number must be a number from 0 to 9999; "${number}" is invalid.`);
    }
    if ((name === 'rfc' || name === 'rfc-reference') && !/^\d+$/.test(number.split('#')[0] ?? '')) {
        report(doc, 'ERROR', line, `RFC number must be a number greater than or equal to 1; "${number}" is invalid.`);
    }
}
function phraseReference(doc, content, anonymous, line) {
    const embedded = embeddedTarget(content);
    if (!embedded) {
        if (anonymous)
            doc.anonymousReferences.push(line);
        else
            doc.references.push({ name: normalizeRefName(plain(content)), line });
        return;
    }
    const { alias, text } = embedded;
    const isName = alias.endsWith('_') && !alias.endsWith('\0_') && !/^[a-z][a-z0-9.+-]*:/i.test(alias);
    if (isName) {
        doc.references.push({ name: normalizeRefName(plain(alias.slice(0, -1))), line });
        return;
    }
    if (anonymous)
        return;
    const uri = plain(alias).replace(/\s+/g, '');
    doc.targets.push({ name: normalizeRefName(plain(text || alias)), explicit: true, uri, line });
}
/**
 * The `<uri>` or `<name_>` that ends a phrase reference, as docutils'
 * `embedded_link` pattern finds it: after whitespace (or at the start), no
 * unescaped angle bracket inside, no whitespace just inside the brackets.
 */
function embeddedTarget(content) {
    if (!content.endsWith('>') || content.endsWith('\0>'))
        return null;
    let open = content.length - 2;
    for (; open >= 0; open--) {
        const c = content[open];
        if ((c === '<' || c === '>') && content[open - 1] !== '\0')
            break;
    }
    if (open < 0 || content[open] !== '<')
        return null;
    const alias = content.slice(open + 1, -1);
    if (alias === '' || /^[ \n]|[\s\0]$/.test(alias))
        return null;
    const before = content.slice(0, open);
    if (before !== '' && !/[ \n]$/.test(before))
        return null;
    return { alias, text: before.trimEnd() };
}
/** Text with escape markers dropped. */
function plain(text) {
    return text.replace(/\0/g, '');
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-directives.js
/**
 * The directives docutils knows, with their arguments, options and content
 * (reStructuredText directives), as the index runs them: `raw` and
 * `include` disabled, file access off. Sphinx directives (`toctree`,
 * `versionadded`, `code-block` options such as `:linenos:` \u2026) are unknown
 * to docutils and fail the render.
 */



const COMMON = ['class', 'name'];
const IMAGE = ['alt', 'height', 'width', 'scale', 'align', 'target', 'loading', ...COMMON];
const admonition = { args: [0, 0], options: COMMON, content: 'parsed', contentRequired: true };
const container = (args, options = COMMON) => ({
    args,
    spaces: true,
    options,
    content: 'parsed',
    contentRequired: true
});
const TABLE = ['widths', 'width', 'align', 'header-rows', 'stub-columns', ...COMMON];
const SPECS = {
    attention: admonition,
    caution: admonition,
    danger: admonition,
    error: admonition,
    hint: admonition,
    important: admonition,
    note: admonition,
    tip: admonition,
    warning: admonition,
    admonition: container([1, 0]),
    image: { args: [1, 0], spaces: true, options: IMAGE, content: 'none' },
    figure: { args: [1, 0], spaces: true, options: [...IMAGE, 'figwidth', 'figclass'], content: 'parsed' },
    code: { args: [0, 1], options: ['number-lines', ...COMMON], content: 'text', contentRequired: true },
    'code-block': { args: [0, 1], options: ['number-lines', ...COMMON], content: 'text', contentRequired: true },
    sourcecode: { args: [0, 1], options: ['number-lines', ...COMMON], content: 'text', contentRequired: true },
    math: { args: [0, 0], options: COMMON, content: 'text' },
    'parsed-literal': { args: [0, 0], options: COMMON, content: 'text', contentRequired: true },
    'line-block': { args: [0, 0], options: COMMON, content: 'text', contentRequired: true },
    topic: container([1, 0]),
    sidebar: container([0, 1], ['subtitle', ...COMMON]),
    rubric: { args: [1, 0], spaces: true, options: COMMON, content: 'none' },
    epigraph: container([0, 0]),
    highlights: container([0, 0]),
    'pull-quote': container([0, 0]),
    compound: container([0, 0]),
    container: container([0, 1], ['name']),
    table: container([0, 1], TABLE),
    'list-table': container([0, 1], TABLE),
    'csv-table': {
        args: [0, 1],
        spaces: true,
        options: [...TABLE, 'header', 'file', 'url', 'encoding', 'delim', 'quote', 'keepspace', 'escape'],
        content: 'text'
    },
    contents: { args: [0, 1], spaces: true, options: ['depth', 'local', 'backlinks', 'class'], content: 'none' },
    sectnum: { args: [0, 0], options: ['depth', 'prefix', 'suffix', 'start'], content: 'none' },
    'section-numbering': { args: [0, 0], options: ['depth', 'prefix', 'suffix', 'start'], content: 'none' },
    header: { args: [0, 0], options: [], content: 'parsed', contentRequired: true },
    footer: { args: [0, 0], options: [], content: 'parsed', contentRequired: true },
    'target-notes': { args: [0, 0], options: ['class', 'name'], content: 'none' },
    meta: { args: [0, 0], options: [], content: 'text', contentRequired: true },
    class: { args: [1, 0], spaces: true, options: [], content: 'parsed' },
    role: { args: [1, 0], spaces: true, options: ['class', 'format', 'language'], content: 'text' },
    'default-role': { args: [0, 1], options: [], content: 'none' },
    title: { args: [1, 0], spaces: true, options: [], content: 'none' },
    replace: { args: [0, 0], options: [], content: 'text', contentRequired: true },
    unicode: { args: [1, 0], spaces: true, options: ['trim', 'ltrim', 'rtrim'], content: 'none' },
    date: { args: [0, 1], spaces: true, options: [], content: 'none' },
    'restructuredtext-test-directive': { args: [0, 1], spaces: true, options: [], content: 'text' }
};
const SUBSTITUTION_ONLY = new Set(['replace', 'unicode', 'date']);
const DISABLED = new Set(['raw', 'include']);
const rst_directives_FIELD = /^:(?![: ])(?:[^:\\]|\\.|:(?!(?:[ `]|$)))*(?<! ):(?: +|$)/;
/**
 * Runs directive `name` on its block (first line: the text after `::`),
 * reporting what docutils would.
 */
function runDirective(doc, name, block, line, inSubstitution) {
    const key = name.toLowerCase();
    if (DISABLED.has(key)) {
        report(doc, 'WARNING', line, `"${key}" directive disabled.`);
        return;
    }
    const spec = SPECS[key];
    if (!spec) {
        report(doc, 'ERROR', line, `Unknown directive type "${name}".`);
        return;
    }
    if (SUBSTITUTION_ONLY.has(key) && !inSubstitution) {
        report(doc, 'ERROR', line, `Invalid context: the "${key}" directive can only be used within a substitution definition.`);
        return;
    }
    const parts = splitBlock(block, spec);
    if (parts.content.length === 0 && spec.contentRequired) {
        report(doc, 'ERROR', line, `Content block expected for the "${key}" directive; none found.`);
        return;
    }
    const problem = partsProblem(spec, parts);
    if (problem) {
        report(doc, 'ERROR', line, `Error in "${key}" directive:\n${problem}.`);
        return;
    }
    if (key === 'csv-table' && parts.options.some(o => o === 'file' || o === 'url')) {
        report(doc, 'WARNING', line, 'File and URL access deactivated; ignoring "csv-table" directive.');
        return;
    }
    if (key === 'role') {
        const role = parts.args.join(' ').split('(')[0]?.trim().toLowerCase();
        if (role)
            doc.roles.add(role);
    }
    if (spec.content === 'parsed')
        parseBody(doc, parts.content, false);
    if (key === 'parsed-literal' || key === 'line-block' || key === 'replace') {
        // docutils reports these at the directive's line.
        if (parts.content.length > 0) {
            scanInline(doc, parts.content.map(l => l.text).join('\n'), line);
        }
    }
}
// docutils' parse_directive_block: arguments and options up to the first
// blank line, when the directive takes any; the rest is content.
function splitBlock(block, spec) {
    const lines = [...block];
    while (lines.length > 0 && lines[lines.length - 1]?.text.trim() === '')
        lines.pop();
    const takesArgs = spec.args[0] + spec.args[1] > 0;
    let head = [];
    let content = lines;
    if (lines.length > 0 && lines[0]?.text.trim() === '')
        lines.shift();
    if (takesArgs || spec.options.length > 0) {
        const blank = lines.findIndex(l => l.text.trim() === '');
        const cut = blank < 0 ? lines.length : blank;
        head = lines.slice(0, cut);
        content = lines.slice(cut + 1);
    }
    const optionAt = head.findIndex(l => rst_directives_FIELD.test(l.text));
    const optionLines = optionAt < 0 ? [] : head.slice(optionAt);
    let argLines = optionAt < 0 ? head : head.slice(0, optionAt);
    if (argLines.length > 0 && !takesArgs) {
        content = [...argLines, ...lines.slice(head.length)];
        argLines = [];
    }
    while (content.length > 0 && content[0]?.text.trim() === '')
        content.shift();
    const options = optionLines
        .filter(l => rst_directives_FIELD.test(l.text))
        .map(l => (/^:([^:]+):/.exec(l.text)?.[1] ?? '').toLowerCase());
    const badOption = optionLines.some((l, i) => i > 0 && !rst_directives_FIELD.test(l.text) && !l.text.startsWith(' '));
    const args = argLines.map(l => l.text).join('\n').split(/\s+/).filter(Boolean);
    return { args, options, badOption, content };
}
function partsProblem(spec, parts) {
    const [required, optional] = spec.args;
    if (parts.args.length < required) {
        return `${required} argument(s) required, ${parts.args.length} supplied`;
    }
    if (parts.args.length > required + optional && !spec.spaces) {
        return `maximum ${required + optional} argument(s) allowed, ${parts.args.length} supplied`;
    }
    if (parts.badOption)
        return 'invalid option block';
    const unknown = parts.options.find(o => !spec.options.includes(o));
    if (unknown !== undefined)
        return `unknown option: "${unknown}"`;
    if (parts.content.length > 0 && spec.content === 'none')
        return 'no content permitted';
    return null;
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-explicit.js
/**
 * Explicit markup blocks (reStructuredText markup specification \u00a7 Explicit
 * markup blocks): footnotes, citations, hyperlink targets, substitution
 * definitions, directives and comments, one after another without blank
 * lines between them if need be.
 */






/** The start of an explicit markup block. */
const rst_explicit_EXPLICIT = /^\.\.(?: +|$)/;
/** An anonymous target written `__ uri`. */
const ANONYMOUS = /^__(?: +|$)/;
const rst_explicit_NAME = '(?:[\\p{L}\\p{N}])+(?:[-._+:](?:[\\p{L}\\p{N}])+)*';
const FOOTNOTE = lazy(() => new RegExp(`^\\[([0-9]+|#(?:${rst_explicit_NAME})?|\\*)\\](?: +|$)`, 'u'));
const CITATION = lazy(() => new RegExp(`^\\[(${rst_explicit_NAME})\\](?: +|$)`, 'u'));
const TARGET = /^(?:_|(?!_)(`?)(?![ `])(.+?)(?<![\s\0])\1)(?<!(?<!\0):)(?<![\s\0]) ?:(?: +|$)/;
const SUBSTITUTION = /^((?! )(.+?)(?<![\s\0])\|)(?: +|$)/;
const rst_explicit_DIRECTIVE = lazy(() => new RegExp(`^(${rst_explicit_NAME}) ?::(?: +|$)`, 'u'));
/** Parses explicit markup from line `at`; returns the index after it. */
function explicitMarkup(doc, lines, at) {
    let start = at;
    for (;;) {
        const line = lines[start];
        const anonymous = ANONYMOUS.exec(line.text);
        const marker = anonymous ?? rst_explicit_EXPLICIT.exec(line.text);
        const end = marker?.[0].length ?? 2;
        const text = line.text.slice(end);
        const isTarget = anonymous !== null || text.startsWith('_');
        const emptyComment = text === '' && lines[start + 1]?.text === '';
        const block = emptyComment
            ? { lines: [{ ...line, text: '' }], end: start + 1, blankFinish: true }
            : indentedBlock(lines, start, end, isTarget);
        if (anonymous)
            doc.anonymousTargets.push(line.line);
        else
            construct(doc, block.lines, line.line);
        let next = block.end;
        while (next < lines.length && lines[next].text === '')
            next++;
        const following = lines[next]?.text ?? '';
        if (rst_explicit_EXPLICIT.test(following) || ANONYMOUS.test(following)) {
            start = next;
            continue;
        }
        const after = lines[block.end];
        if (!block.blankFinish && after) {
            report(doc, 'WARNING', after.line, 'Explicit markup ends without a blank line; unexpected unindent.');
        }
        return block.end;
    }
}
function construct(doc, block, line) {
    const first = block[0]?.text ?? '';
    const rest = (m) => [
        { text: first.slice(m[0].length), line },
        ...block.slice(1)
    ];
    const footnote = FOOTNOTE().exec(first);
    if (footnote)
        return noteFootnote(doc, footnote[1] ?? '', rest(footnote), line);
    const citation = CITATION().exec(first);
    if (citation) {
        const name = normalizeRefName(citation[1] ?? '');
        doc.footnoteLabels.add(name);
        doc.targets.push({ name, explicit: true, uri: null, line });
        return parseBody(doc, rest(citation), false);
    }
    if (first.startsWith('_'))
        return hyperlinkTarget(doc, block, line);
    if (first.startsWith('|'))
        return substitutionDefinition(doc, block, line);
    const directive = rst_explicit_DIRECTIVE().exec(first);
    if (directive)
        runDirective(doc, directive[1] ?? '', rest(directive), line, false);
}
function noteFootnote(doc, label, body, line) {
    if (label === '#')
        doc.autoFootnotes.defined++;
    else if (label === '*')
        doc.symbolFootnotes.defined++;
    else {
        const name = normalizeRefName(label.replace(/^#/, ''));
        doc.footnoteLabels.add(name);
        doc.targets.push({ name, explicit: true, uri: null, line });
    }
    parseBody(doc, body, false);
}
function hyperlinkTarget(doc, block, line) {
    const escaped = block.map(l => escapeToNull(l.text.trim()));
    let joined = (escaped[0] ?? '').slice(1);
    let used = 1;
    let m = TARGET.exec(joined);
    while (!m && used < escaped.length) {
        joined += escaped[used++] ?? '';
        m = TARGET.exec(joined);
    }
    if (!m) {
        report(doc, 'WARNING', line, 'malformed hyperlink target.');
        return;
    }
    const body = [joined.slice(m[0].length), ...escaped.slice(used)].join(' ').trim();
    if (m[2] === undefined) {
        doc.anonymousTargets.push(line);
        return;
    }
    const name = normalizeRefName(m[2].replace(/\0/g, ''));
    const indirect = /[^\0]_$/.test(body) && !/^[a-z][a-z0-9.+-]*:/i.test(body);
    if (indirect) {
        const target = body.slice(0, -1).replace(/^`(.*)`$/, '$1').replace(/\0/g, '');
        doc.indirectTargets.push({ name, target: normalizeRefName(target), line });
    }
    const uri = body === '' || indirect ? null : body.replace(/\s+/g, '').replace(/\0/g, '');
    doc.targets.push({ name, explicit: true, uri, line });
}
function substitutionDefinition(doc, block, line) {
    const text = escapeToNull(block[0]?.text ?? '').slice(1);
    const m = SUBSTITUTION.exec(text);
    const directive = m ? rst_explicit_DIRECTIVE().exec(text.slice(m[0].length)) : null;
    const name = (m?.[2] ?? '').replace(/\0/g, '').replace(/\s+/g, ' ');
    if (!m || !directive) {
        report(doc, 'ERROR', line, `Substitution definition "${name}" empty or invalid.`);
        return;
    }
    if (doc.substitutions.includes(name)) {
        report(doc, 'ERROR', line, `Duplicate substitution definition name: "${name}".`);
    }
    doc.substitutions.push(name);
    const args = text.slice(m[0].length + directive[0].length);
    runDirective(doc, directive[1] ?? '', [{ text: args, line }, ...block.slice(1)], line, true);
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-lists.js
/**
 * Lists (reStructuredText markup specification \u00a7 Bullet lists, Enumerated
 * lists, Field lists, Option lists, Line blocks): each item is the block
 * after its marker, parsed as body elements; a list that stops at an
 * unindented line without a blank line before it draws docutils' warning.
 */




const rst_lists_BULLET = /^([-+*\u2022\u2023\u2043])( +|$)/;
const rst_lists_FIELD = /^:(?![: ])(?:[^:\\]|\\.|:(?!(?:[ `]|$)))*(?<! ):( +|$)/;
const OPTION_NAME = '(?:--?[A-Za-z0-9][\\w-]*|/[A-Za-z0-9]+|\\+[A-Za-z0-9])';
const OPTION_ARG = '(?:[ =](?:<[^<>]+>|[A-Za-z][\\w-]*))?';
const rst_lists_OPTION = new RegExp(`^${OPTION_NAME}${OPTION_ARG}(?:, ${OPTION_NAME}${OPTION_ARG})*(?:  +|$)`);
const LINE_BLOCK = /^\|( +|$)/;
/** The simple list kinds; enumerated lists are in rst-enumerators. */
const LIST_KINDS = {
    bullet: {
        name: 'Bullet list',
        match: text => marker(rst_lists_BULLET.exec(text), m => m[1] ?? '')
    },
    field: {
        name: 'Field list',
        match: text => marker(rst_lists_FIELD.exec(text), () => 'field')
    },
    option: {
        name: 'Option list',
        match: text => marker(rst_lists_OPTION.exec(text), () => 'option')
    },
    lineBlock: {
        name: 'Line block',
        inline: true,
        unindent: 'Line block ends without a blank line.',
        match: text => marker(LINE_BLOCK.exec(text), () => 'line')
    }
};
function marker(m, key) {
    return m ? { end: m[0].length, key: key(m), ordinal: null } : null;
}
/**
 * Parses the list whose first marker `first` is on line `start`; returns
 * the index of the first line after the list.
 */
function parseList(doc, lines, start, kind, first, continues = (a, b) => a.key === b.key) {
    let at = start;
    let current = first;
    for (;;) {
        const block = indentedBlock(lines, at, current.end);
        if (kind.inline) {
            const line = block.lines[0]?.line ?? lines[at].line;
            scanInline(doc, block.lines.map(l => l.text).join('\n'), line);
        }
        else
            parseBody(doc, block.lines, false);
        let next = block.end;
        while (next < lines.length && lines[next].text === '')
            next++;
        const line = lines[next];
        const following = line ? kind.match(line.text) : null;
        if (following && continues(current, following, next)) {
            at = next;
            current = following;
            continue;
        }
        if (!block.blankFinish && line) {
            report(doc, 'WARNING', line.line, kind.unindent ??
                `${kind.name} ends without a blank line; unexpected unindent.`);
        }
        return block.end;
    }
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-sections.js
/**
 * Section titles and transitions (reStructuredText markup specification \u00a7
 * Sections, Transitions): adornment lengths, overline/underline agreement,
 * title levels in order of first use, titles only where sections may be,
 * and transitions only between body elements.
 */



/**
 * Opens a section titled `title`, adorned in `style`, as docutils'
 * `check_subsection` does: a known style closes sections up to its level;
 * a new style may only open a subsection one level down.
 */
function openSection(doc, title, style, line) {
    scanInline(doc, title.text.trim(), title.line);
    const name = normalizeRefName(rst_sections_plainTitle(title.text));
    if (name)
        doc.targets.push({ name, explicit: false, uri: null, line: title.line });
    const known = doc.titleStyles.indexOf(style);
    if (known < 0 && doc.titleStyles.length === doc.sectionLevel) {
        doc.titleStyles.push(style);
        doc.sectionLevel++;
        return;
    }
    if (known >= 0 && known + 1 <= doc.sectionLevel + 1) {
        doc.sectionLevel = known + 1;
        return;
    }
    report(doc, 'SEVERE', line, 'Title level inconsistent:');
}
// The text a title's implicit target is named by: inline markup removed.
function rst_sections_plainTitle(text) {
    return text
        .trim()
        .replace(/``(.+?)``/g, '$1')
        .replace(/:[\w-]+:`([^`]+)`/g, '$1')
        .replace(/`([^`<]+?)\s*(?:<[^>]*>)?`__?/g, '$1')
        .replace(/\*\*?([^*]+)\*\*?/g, '$1')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/\\(.)/g, '$1');
}
/** Whether `text` is a line of one repeated punctuation character. */
function isAdornment(text) {
    return ADORNMENT.test(text);
}
/**
 * An underlined title at `at` (title) and `at + 1` (underline); returns
 * false when docutils reads the pair as ordinary text instead.
 */
function underlinedTitle(doc, lines, at, titles) {
    const title = lines[at];
    const underline = lines[at + 1].text;
    if (columnWidth(title.text) > underline.length) {
        if (underline.length < 4)
            return false;
        report(doc, 'WARNING', title.line + 1, 'Title underline too short.');
    }
    if (!titles) {
        report(doc, 'SEVERE', title.line + 1, 'Unexpected section title.');
        return true;
    }
    openSection(doc, title, underline[0] ?? '', title.line);
    return true;
}
/**
 * An overline at `at`: a title over- and underlined, or (followed by a
 * blank line) a transition. Returns the index after it, or -1 when
 * docutils reads the line as ordinary text.
 */
function rst_sections_overlinedTitle(doc, lines, at, titles, last) {
    const overline = lines[at].text;
    const next = lines[at + 1];
    const short = overline.length < 4;
    if (!next || next.text === '') {
        if (short)
            return -1;
        transition(doc, lines[at], titles, last);
        return at + 1;
    }
    if (isAdornment(next.text)) {
        if (short)
            return -1;
        report(doc, 'ERROR', next.line, 'Invalid section title or transition marker.');
        return at + 2;
    }
    const underline = lines[at + 2];
    const problem = !underline
        ? 'Incomplete section title.'
        : !isAdornment(underline.text)
            ? 'Missing matching underline for section title overline.'
            : underline.text !== overline
                ? 'Title overline & underline mismatch.'
                : null;
    if (problem) {
        if (short)
            return -1;
        report(doc, 'SEVERE', lines[at].line, problem);
        return Math.min(at + 3, lines.length);
    }
    if (columnWidth(next.text.trimEnd()) > overline.length) {
        if (short)
            return -1;
        report(doc, 'WARNING', lines[at].line, 'Title overline too short.');
    }
    if (!titles)
        report(doc, 'SEVERE', next.line, 'Unexpected section title.');
    else
        openSection(doc, next, `${overline[0] ?? ''}${overline[0] ?? ''}`, next.line);
    last.value = 'title';
    return at + 3;
}
function transition(doc, line, titles, last) {
    if (!titles)
        return;
    if (last.value === 'start' || last.value === 'title') {
        report(doc, 'ERROR', line.line, 'Document or section may not begin with a transition.');
    }
    else if (last.value === 'transition') {
        report(doc, 'ERROR', line.line, 'At least one body element must separate transitions; adjacent transitions are not allowed.');
    }
    last.value = 'transition';
    last.line = line.line;
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-tables.js
/**
 * Tables (reStructuredText markup specification \u00a7 Tables): grid tables
 * traced cell by cell as docutils' `GridTableParser` does, simple tables
 * checked for text in the column margins; a table that does not parse is
 * docutils' "Malformed table." error.
 */



/** The top border of a grid table. */
const GRID_TOP = /^\+-[-+]+-\+ *$/;
/** The top border of a simple table. */
const SIMPLE_TOP = /^=+(?: +=+)+ *$/;
const SIMPLE_BORDER = /^=+[ =]*$/;
/** Parses a grid table from line `at`; returns the index after it. */
function gridTable(doc, lines, at) {
    let end = at;
    let blankFinish = true;
    while (end < lines.length && lines[end].text !== '') {
        const text = lines[end].text;
        if (!'+|'.includes(text[0] ?? '')) {
            blankFinish = false;
            break;
        }
        end++;
    }
    let block = lines.slice(at, end);
    if (!GRID_TOP.test(block[block.length - 1]?.text ?? '')) {
        blankFinish = false;
        const bottom = block.findLastIndex((l, i) => i >= 2 && GRID_TOP.test(l.text));
        if (bottom < 0)
            return malformed(doc, lines[at], end);
        block = block.slice(0, bottom + 1);
        end = at + bottom + 1;
    }
    const width = block[0]?.text.length ?? 0;
    if (block.some(l => l.text.length !== width || !'+|'.includes(l.text[width - 1] ?? ''))) {
        return malformed(doc, lines[at], end);
    }
    const cells = traceCells(block.map(l => l.text.replace(/^\+=[=+]+=\+ *$/, s => s.replace(/=/g, '-'))));
    if (!cells)
        return malformed(doc, lines[at], end);
    for (const c of cells) {
        const content = block.slice(c.top + 1, c.bottom).map(l => ({
            ...l,
            text: l.text.slice(c.left + 1, c.right).trimEnd()
        }));
        const indent = Math.min(...content.filter(l => l.text.trim()).map(l => l.text.length - l.text.trimStart().length));
        parseBody(doc, content.map(l => ({ ...l, text: Number.isFinite(indent) ? l.text.slice(indent) : l.text })), false);
    }
    const after = lines[end];
    if (!blankFinish && after)
        report(doc, 'WARNING', after.line, 'Blank line required after table.');
    return end;
}
function malformed(doc, line, end) {
    report(doc, 'ERROR', line.line, 'Malformed table.');
    return end;
}
// GridTableParser.parse_table: from each upper-left corner, trace a cell
// right, down, left and up; every text column must be covered to the end.
function traceCells(block) {
    const bottom = block.length - 1;
    const right = (block[0]?.length ?? 1) - 1;
    const done = new Array(right + 1).fill(-1);
    const cells = [];
    const corners = [[0, 0]];
    const at = (r, c) => block[r]?.[c] ?? '';
    while (corners.length > 0) {
        const [top, left] = corners.shift();
        if (top === bottom || left === right || top <= (done[left] ?? 0))
            continue;
        const cell = scanCell(at, top, left, bottom, right);
        if (!cell)
            continue;
        for (let c = cell.left; c < cell.right; c++) {
            if (done[c] !== top - 1)
                return null;
            done[c] = cell.bottom - 1;
        }
        cells.push(cell);
        corners.push([top, cell.right], [cell.bottom, left]);
        corners.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    }
    for (let c = 0; c < right; c++)
        if (done[c] !== bottom - 1)
            return null;
    return cells;
}
function scanCell(at, top, left, bottom, right) {
    for (let c = left + 1; c <= right; c++) {
        const ch = at(top, c);
        if (ch === '+') {
            for (let r = top + 1; r <= bottom; r++) {
                const down = at(r, c);
                if (down === '+' && closes(at, top, left, r, c)) {
                    return { top, left, bottom: r, right: c };
                }
                if (down !== '+' && down !== '|')
                    break;
            }
        }
        else if (ch !== '-')
            return null;
    }
    return null;
}
// The bottom edge runs back to the left corner and the left edge up to the
// top, with only borders and corners on the way.
function closes(at, top, left, bottom, right) {
    for (let c = right - 1; c > left; c--)
        if (!'+-'.includes(at(bottom, c) || 'x'))
            return false;
    if (at(bottom, left) !== '+')
        return false;
    for (let r = bottom - 1; r > top; r--)
        if (!'+|'.includes(at(r, left) || 'x'))
            return false;
    return true;
}
/** Parses a simple table from line `at`; returns the index after it. */
function simpleTable(doc, lines, at) {
    const top = lines[at].text.trimEnd();
    let found = 0;
    let end = -1;
    for (let i = at + 1; i < lines.length; i++) {
        const text = lines[i].text;
        if (!SIMPLE_BORDER.test(text))
            continue;
        if (text.trimEnd().length !== top.length)
            return malformed(doc, lines[at], i + 1);
        found++;
        if (found === 2 || i === lines.length - 1 || lines[i + 1]?.text === '') {
            end = i + 1;
            break;
        }
    }
    if (end < 0)
        return malformed(doc, lines[at], lines.length);
    const columns = [...top.matchAll(/=+/g)].map(m => [m.index, m.index + m[0].length]);
    const rows = lines.slice(at + 1, end - 1).filter(l => !SIMPLE_BORDER.test(l.text) && !/^[-= ]+$/.test(l.text));
    for (const row of rows) {
        for (let c = 0; c < columns.length - 1; c++) {
            const margin = row.text.slice(columns[c]?.[1], columns[c + 1]?.[0]);
            if (margin.trim() !== '')
                return malformed(doc, row, end);
        }
        columns.forEach(([start, stop], c) => {
            const cell = row.text.slice(start, c === columns.length - 1 ? undefined : stop);
            if (cell.trim())
                scanInline(doc, cell.trim(), row.line);
        });
    }
    return end;
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-body.js
/**
 * Body elements, in the order docutils' `Body` state tries them: block
 * quotes, lists, doctest blocks, tables, explicit markup, section
 * adornments, and finally paragraphs, definition lists and titles.
 */








const rst_body_MAX_DEPTH = 32;
const MAX_PROBLEMS = 50;
/**
 * Parses `lines` as body elements; `titles` is docutils' `match_titles`:
 * true at the top of the document, false inside lists, quotes and
 * directives, where a section title is an error.
 */
function parseBody(doc, lines, titles) {
    // Nested blocks are read again at each level: bound the depth, and stop
    // once the description has far more problems than are shown.
    if (doc.depth >= rst_body_MAX_DEPTH || doc.problems.length >= MAX_PROBLEMS)
        return;
    doc.depth++;
    const last = { value: 'start', line: 0 };
    let at = 0;
    while (at < lines.length) {
        const text = lines[at].text;
        if (text === '') {
            at++;
            continue;
        }
        at = Math.max(rst_body_element(doc, lines, at, titles, last), at + 1);
    }
    doc.depth--;
    if (titles && last.value === 'transition') {
        report(doc, 'ERROR', last.line, 'Document may not end with a transition.');
    }
}
function rst_body_element(doc, lines, at, titles, last) {
    const text = lines[at].text;
    const before = last.value;
    last.value = 'element';
    if (text.startsWith(' '))
        return blockQuote(doc, lines, at);
    const bullet = LIST_KINDS.bullet?.match(text);
    if (bullet && LIST_KINDS.bullet) {
        return parseList(doc, lines, at, LIST_KINDS.bullet, bullet);
    }
    const enumerator = ENUMERATED.match(text);
    if (enumerator && isListItem(lines, at, enumerator)) {
        return parseList(doc, lines, at, ENUMERATED, enumerator, (a, b, i) => continuesEnumeration(lines, a, b, i));
    }
    for (const kind of ['field', 'option', 'lineBlock']) {
        const list = LIST_KINDS[kind];
        const marker = list?.match(text);
        if (list && marker)
            return parseList(doc, lines, at, list, marker);
    }
    if (/^>>>( |$)/.test(text))
        return at + textBlock(lines, at).length;
    if (GRID_TOP.test(text))
        return gridTable(doc, lines, at);
    if (SIMPLE_TOP.test(text))
        return simpleTable(doc, lines, at);
    if (rst_explicit_EXPLICIT.test(text) || ANONYMOUS.test(text)) {
        return explicitMarkup(doc, lines, at);
    }
    if (isAdornment(text)) {
        last.value = before;
        const after = rst_sections_overlinedTitle(doc, lines, at, titles, last);
        if (after >= 0)
            return after;
        last.value = 'element';
    }
    return textElement(doc, lines, at, titles, last);
}
function blockQuote(doc, lines, at) {
    const block = indentedBlock(lines, at, null);
    parseBody(doc, block.lines, false);
    const line = lines[block.end];
    if (!block.blankFinish && line) {
        report(doc, 'WARNING', line.line, 'Block quote ends without a blank line; unexpected unindent.');
    }
    return block.end;
}
function textElement(doc, lines, at, titles, last) {
    const next = lines[at + 1];
    if (next && next.text !== '' && !next.text.startsWith(' ') && isAdornment(next.text)) {
        if (underlinedTitle(doc, lines, at, titles)) {
            last.value = 'title';
            return at + 2;
        }
    }
    if (next && next.text.startsWith(' '))
        return definitionList(doc, lines, at);
    return paragraph(doc, lines, at);
}
function paragraph(doc, lines, at) {
    const block = textBlock(lines, at);
    const indented = block.findIndex((l, i) => i > 0 && l.text.startsWith(' '));
    const own = indented > 0 ? block.slice(0, indented) : block;
    const data = own.map(l => l.text).join('\n').trimEnd();
    const literal = /(?<!\\)(?:\\\\)*::$/.test(data);
    const inline = !literal ? data : data.length === 2 ? '' : data.slice(0, -1);
    scanInline(doc, inline, lines[at].line);
    if (indented > 0) {
        report(doc, 'ERROR', block[indented].line, 'Unexpected indentation.');
        return at + indented;
    }
    const end = at + block.length;
    return literal ? literalBlock(doc, lines, end) : end;
}
function literalBlock(doc, lines, at) {
    const block = indentedBlock(lines, at, null);
    if (block.lines.some(l => l.text !== '')) {
        const line = lines[block.end];
        if (!block.blankFinish && line) {
            report(doc, 'WARNING', line.line, 'Literal block ends without a blank line; unexpected unindent.');
        }
        return block.end;
    }
    let start = at;
    while (start < lines.length && lines[start].text === '')
        start++;
    const first = lines[start];
    const quote = first?.text[0];
    if (first && quote !== undefined && /[!-/:-@[-`{-~]/.test(quote)) {
        let end = start;
        while (end < lines.length && lines[end].text.startsWith(quote))
            end++;
        return end;
    }
    const line = first?.line ?? lines[at - 1].line + 1;
    report(doc, 'WARNING', line, 'Literal block expected; none found.');
    return start;
}
// Lines that start some other construct, which ends a definition list.
const OTHER_CONSTRUCT = /^(?:[-+*\u2022\u2023\u2043](?: |$)|\.\.(?: |$)|__(?: |$)|:|\+-|=+ |>>>|\|(?: |$)|(?:\(?[0-9a-zA-Z#]+[.)])(?: |$)|([!-/:-@[-`{-~])\1* *$)/;
function definitionList(doc, lines, at) {
    let term = at;
    for (;;) {
        const termLine = lines[term];
        scanInline(doc, termLine.text.split(' : ')[0] ?? '', termLine.line);
        const block = indentedBlock(lines, term + 1, null);
        parseBody(doc, block.lines, false);
        let next = block.end;
        while (next < lines.length && lines[next].text === '')
            next++;
        const candidate = lines[next];
        const definition = lines[next + 1];
        if (candidate &&
            !candidate.text.startsWith(' ') &&
            !OTHER_CONSTRUCT.test(candidate.text) &&
            definition?.text.startsWith(' ')) {
            term = next;
            continue;
        }
        if (!block.blankFinish && lines[block.end]) {
            report(doc, 'WARNING', lines[block.end].line, 'Definition list ends without a blank line; unexpected unindent.');
        }
        return block.end;
    }
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/rst-references.js
/** The problems found resolving the names `doc` gathered. */
function resolveReferences(doc) {
    const problems = [];
    const add = (level, line, message) => {
        problems.push({ level, line, message });
    };
    const ambiguous = duplicateTargets(doc.targets, add);
    const names = new Set(doc.targets.map(t => t.name));
    for (const ref of doc.references) {
        if (ambiguous.has(ref.name)) {
            add('ERROR', ref.line, `Duplicate target name, cannot be used as a unique reference: "${ref.name}".`);
        }
        else if (!names.has(ref.name)) {
            add('ERROR', ref.line, `Unknown target name: "${ref.name}".`);
        }
    }
    for (const t of doc.indirectTargets) {
        if (!names.has(t.target)) {
            const id = t.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
            add('ERROR', t.line, `Indirect hyperlink target "${t.name}" (id="${id}") refers to target "${t.target}", which does not exist.`);
        }
    }
    for (const ref of doc.footnoteReferences) {
        if (!doc.footnoteLabels.has(ref.name)) {
            add('ERROR', ref.line, `Unknown target name: "${ref.name}".`);
        }
    }
    const anonymous = [doc.anonymousReferences.length, doc.anonymousTargets.length];
    if (anonymous[0] !== anonymous[1]) {
        add('ERROR', doc.anonymousReferences[0] ?? doc.anonymousTargets[0] ?? 1, `Anonymous hyperlink mismatch: ${anonymous[0]} references but ${anonymous[1]} targets.`);
    }
    const defined = new Set(doc.substitutions);
    const folded = new Set(doc.substitutions.map(s => s.toLowerCase()));
    for (const ref of doc.substitutionReferences) {
        if (!defined.has(ref.name) && !folded.has(ref.name.toLowerCase())) {
            add('ERROR', ref.line, `Undefined substitution referenced: "${ref.name}".`);
        }
    }
    for (const [kind, notes] of [
        ['autonumbered', doc.autoFootnotes],
        ['symbol', doc.symbolFootnotes]
    ]) {
        if (notes.referenced.length > notes.defined) {
            add('ERROR', notes.referenced[notes.defined] ?? 1, `Too many ${kind} footnote references: only ${notes.defined} corresponding footnotes available.`);
        }
    }
    return problems;
}
// docutils' set_duplicate_name_id: two explicit targets of one name are a
// warning unless both point at the same URI; two implicit ones (titles)
// only make the name ambiguous.
function duplicateTargets(targets, add) {
    const ambiguous = new Set();
    const first = new Map();
    for (const t of targets) {
        const old = first.get(t.name);
        if (!old) {
            first.set(t.name, t);
            continue;
        }
        if (t.explicit && old.explicit) {
            if (t.uri === null || t.uri !== old.uri) {
                add('WARNING', t.line, `Duplicate explicit target name: "${t.name}".`);
                ambiguous.add(t.name);
            }
        }
        else if (t.explicit)
            first.set(t.name, t);
        else if (!old.explicit)
            ambiguous.add(t.name);
    }
    return ambiguous;
}

;// CONCATENATED MODULE: ./build/engine/dist/rst/check-rst.js
/**
 * Whether a reStructuredText long description renders on the index: the
 * index renders it with readme_renderer, which runs docutils with
 * `halt_level` 2, so any WARNING, ERROR or SEVERE message fails the render
 * (and the upload). This reads the markup as docutils does and reports the
 * messages it would, with their lines; it stops short of running docutils
 * (Pygments lexer names are not checked, for one).
 */




/** The problems that would stop the description from rendering. */
function checkRst(text) {
    const doc = newDocument();
    const lines = toLines(text);
    parseBody(doc, lines, true);
    const parsing = [...doc.problems].sort((a, b) => a.line - b.line);
    const resolving = parsing.length > 0 ? [] : resolveReferences(doc);
    return [...parsing, ...resolving];
}

;// CONCATENATED MODULE: ./build/engine/dist/long-description.js
/**
 * The long description: present, of a content type the index knows, and
 * renderable. The index renders it with readme_renderer and refuses the
 * upload when that fails: Markdown and plain text always render;
 * reStructuredText (also the default when no content type is given) fails
 * on any docutils warning or error.
 */





/** Problems shown per description; docutils itself stops at the first. */
const MAX_RST_PROBLEMS = 5;
/** `metadata/content-type`, `metadata/long-description(-missing)`. */
function checkLongDescription(context) {
    const field = firstField(context.metadata, 'description-content-type');
    const type = field ? parseContentType(field.value) : null;
    if (field && type && !type.ok) {
        return [
            artifactFinding(context.ref, 'metadata/content-type', 'error', `${where(context, field.line)}: Description-Content-Type "${field.value}" is refused by the index: ${type.reason}.`, 'Set `[project].readme` to a .md, .rst or .txt file (or a table with `content-type`), and the backend writes a valid type.', field.line)
        ];
    }
    const description = longDescription(context.metadata);
    if (!description) {
        return [
            artifactFinding(context.ref, 'metadata/long-description-missing', 'warning', `${where(context)} has no long description, so the project page on the index will be empty.`, 'Set `[project].readme = "README.md"` (or .rst).')
        ];
    }
    const kind = type?.ok ? type.type : 'text/x-rst';
    if (kind !== 'text/x-rst')
        return [];
    return checkRst(description.text)
        .slice(0, MAX_RST_PROBLEMS)
        .map(problem => {
        const line = description.line + problem.line - 1;
        return artifactFinding(context.ref, 'metadata/long-description', 'error', `${where(context, line)} (line ${problem.line} of the long description): reStructuredText ${problem.level}: ${problem.message} The index refuses a description that does not render.`, field
            ? 'Fix the README (check it with `python -m readme_renderer README.rst`).'
            : 'No Description-Content-Type is set, so it is read as reStructuredText: if the README is Markdown, set `[project].readme = "README.md"` (the backend then writes text/markdown); otherwise fix the markup.', line);
    });
}

;// CONCATENATED MODULE: ./build/engine/dist/wheel-filename.js
/**
 * Wheel file names, `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`
 * (binary distribution format \u00a7 File name convention), read exactly as
 * `packaging.utils.parse_wheel_filename` reads them.
 */


// packaging accepts Unicode word characters (Python's `\w`) and dots, but
// no `__`: the escaping rule turns every run of `-_.` into a single `_`.
const NAME_PART = /^[\p{L}\p{N}_.]*$/u;
const BUILD = /^[0-9]+/;
/** Parses a wheel file name; fails with the reason packaging would give. */
function parseWheelFilename(file) {
    if (!file.endsWith('.whl'))
        return fail("the extension must be '.whl'");
    const stem = file.slice(0, -4);
    const parts = stem.split('-');
    if (parts.length !== 5 && parts.length !== 6) {
        return fail('it must have 5 or 6 dash-separated parts: name, version, optional build tag, python, abi and platform');
    }
    const [name = '', version = ''] = parts;
    if (name.includes('__') || !NAME_PART.test(name)) {
        return fail(`"${name}" is not a valid escaped project name`);
    }
    if (!parseVersion(version)) {
        return fail(`"${version}" is not a valid PEP 440 version`);
    }
    const build = parts.length === 6 ? (parts[2] ?? '') : null;
    if (build !== null && !BUILD.test(build)) {
        return fail(`the build tag "${build}" must start with a digit`);
    }
    const [pythons, abis, platforms] = parts.slice(-3).map(p => p.split('.'));
    return {
        ok: true,
        wheel: {
            name,
            normalizedName: project_name_normalizeName(name),
            version,
            build,
            pythons: pythons ?? [],
            abis: abis ?? [],
            platforms: platforms ?? [],
            tags: expandTags(pythons ?? [], abis ?? [], platforms ?? [])
        }
    };
}
function fail(reason) {
    return { ok: false, reason };
}
/**
 * The tags a compressed tag set stands for (PEP 425 \u00a7 Compressed Tag Sets):
 * every combination of its python, abi and platform parts.
 */
function expandTags(pythons, abis, platforms) {
    const seen = new Map();
    for (const python of pythons) {
        for (const abi of abis) {
            for (const platform of platforms) {
                const tag = {
                    python: python.toLowerCase(),
                    abi: abi.toLowerCase(),
                    platform: platform.toLowerCase()
                };
                seen.set(tagText(tag), tag);
            }
        }
    }
    return [...seen.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, tag]) => tag);
}
/** `py3-none-any` */
function tagText(tag) {
    return `${tag.python}-${tag.abi}-${tag.platform}`;
}

;// CONCATENATED MODULE: ./build/engine/version/specifier.js
/**
 * PEP 440 version specifiers (`>=3.9, <4`, as in Requires-Python), read and
 * applied exactly as `packaging.specifiers.SpecifierSet` does, quirks
 * included, so that a check here agrees with what pip will do.
 */

// Longest first, so that `===` is not read as `==`.
const specifier_OPERATORS = ['===', '~=', '==', '!=', '<=', '>=', '<', '>'];
const S = `[${PYTHON_SPACE_CHARS}]*`;
const VERSION = 'v?(?:[0-9]+!)?[0-9]+';
const specifier_SUFFIXES = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?' +
    '(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?' +
    '(?:[-_.]?dev[-_.]?[0-9]*)?';
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
// packaging's Specifier._regex. Only == and != take a `.*` wildcard or a
// local version; ~= needs two release segments; === takes any text without
// whitespace, `;` or `)`. Case folding is ASCII-only: where packaging's
// pattern folds Unicode (\u017f for s), its Version() then refuses the text.
const SPECIFIER = new RegExp(`^${S}(?:` +
    `===${S}[^${PYTHON_SPACE_CHARS};)]*` +
    `|(?:==|!=)${S}${VERSION}(?:\\.[0-9]+)*(?:\\.\\*|${specifier_SUFFIXES}${LOCAL})` +
    `|~=${S}${VERSION}(?:\\.[0-9]+)+${specifier_SUFFIXES}` +
    `|(?:<=|>=|<|>)${S}${VERSION}(?:\\.[0-9]+)*${specifier_SUFFIXES}` +
    `)${S}$`, 'i');
const IS_SPACE = new RegExp(`[${PYTHON_SPACE_CHARS}]`);
/** Parses a specifier set; `null` when packaging would reject it. */
function parseSpecifierSet(text) {
    const result = readSpecifierSet(text);
    return result.ok ? result.set : null;
}
/**
 * Parses a specifier set, explaining a refusal. Clauses are split on `,` and
 * empty ones skipped, as packaging does. A clause whose version packaging
 * accepts on parsing but cannot use later (it then raises) is refused here.
 */
function readSpecifierSet(text) {
    const specifiers = [];
    for (const clause of text.split(',').map(strip)) {
        if (clause === '')
            continue;
        const spec = readSpecifier(clause);
        if (typeof spec === 'string') {
            return {
                ok: false,
                reason: `'${clause}' is not a valid specifier: ${spec}`
            };
        }
        specifiers.push(spec);
    }
    return { ok: true, set: makeSet(specifiers) };
}
function readSpecifier(clause) {
    const operator = specifier_OPERATORS.find(op => clause.startsWith(op));
    if (operator === undefined) {
        return 'it must start with one of ~= == != <= >= < > ===';
    }
    const version = strip(clause.slice(operator.length));
    if (!SPECIFIER.test(clause))
        return whyNot(operator, version);
    const wildcard = version.endsWith('.*');
    const target = wildcard ? version.slice(0, -2) : version;
    if (operator !== '===' && parseVersion(target) === null) {
        return `'${version}' is not a usable version`;
    }
    return { operator, version };
}
function whyNot(operator, version) {
    const exact = operator === '==' || operator === '!=';
    if (version.includes(';'))
        return 'environment markers do not belong here';
    if (!exact && version.endsWith('.*')) {
        return `only == and != take a '.*' wildcard`;
    }
    if (!exact && operator !== '===' && version.includes('+')) {
        return 'only == and != take a local version (+...)';
    }
    if (operator === '~=' && /^v?(?:[0-9]+!)?[0-9]+$/i.test(version)) {
        return '~= needs at least two release segments, e.g. ~=3.10';
    }
    return `'${version}' is not a PEP 440 version for ${operator}`;
}
function makeSet(specifiers) {
    return {
        specifiers,
        contains: (version, options = {}) => contains(specifiers, version, options),
        toString: () => formatSpecifiers(specifiers)
    };
}
// SpecifierSet.contains with one item, which reduces packaging's filter().
// Unless pre-releases are forced off, an in-range pre-release matches: with
// a single candidate there is no final release to prefer over it. Text that
// is not a version can only match `===`, which compares the raw text
// case-insensitively.
function contains(specifiers, item, options) {
    const v = parseVersion(item);
    if (v === null) {
        return specifiers.every(s => s.operator === '===' && sameText(item, s.version));
    }
    if (options.prereleases === false && isPrerelease(v))
        return false;
    return specifiers.every(s => s.operator === '===' ? sameText(item, s.version) : matches(v, s));
}
const sameText = (a, b) => a.toLowerCase() === b.toLowerCase();
function matches(v, { operator, version }) {
    if (operator === '==')
        return equal(v, version);
    if (operator === '!=')
        return !equal(v, version);
    if (operator === '~=')
        return compatible(v, version);
    const spec = parseVersion(version);
    const order = compareVersions(publicVersion(v), spec);
    if (operator === '<=')
        return order <= 0;
    if (operator === '>=')
        return order >= 0;
    return operator === '<' ? lessThan(v, spec) : greaterThan(v, spec);
}
// PEP 440: `<V` excludes pre-releases of V unless V is one itself.
function lessThan(v, spec) {
    if (compareVersions(v, spec) >= 0)
        return false;
    if (isPrerelease(spec) || !isPrerelease(v))
        return true;
    return compareVersions(v, { ...spec, dev: 0n, local: null }) < 0;
}
// PEP 440: `>V` excludes post-releases of V unless V is one, and V+local.
function greaterThan(v, spec) {
    if (compareVersions(v, spec) <= 0)
        return false;
    const base = { ...v, post: null, dev: null, local: null };
    const postOfSpec = spec.post === null && v.post !== null;
    if (postOfSpec && compareVersions(base, spec) === 0)
        return false;
    return v.local === null || compareVersions(publicVersion(v), spec) !== 0;
}
// `==V` ignores the candidate's local label unless V has one; `==V.*`
// compares release prefixes, padding the candidate's release with zeros.
function equal(v, spec) {
    if (!spec.endsWith('.*')) {
        const target = parseVersion(spec);
        const candidate = target.local ? v : publicVersion(v);
        return compareVersions(candidate, target) === 0;
    }
    const want = splitVersion(canonical(spec.slice(0, -2)));
    const got = splitVersion(formatVersion(publicVersion(v)));
    const padded = padRelease(got, numericPrefix(want));
    return padded.slice(0, want.length).join('\0') === want.join('\0');
}
// `~=V.N` is `>=V.N, ==V.*`. packaging cuts the prefix from the text as
// written, stopping at segments that start with dev, a, b, rc or post; so
// `~=1.4.5.rev1` means `==1.4.5.*` and `~=v1.4.5` matches nothing. Kept.
function compatible(v, spec) {
    const parts = splitVersion(spec);
    const end = parts.findIndex(p => /^(?:dev|a|b|rc|post)/.test(p));
    const kept = (end === -1 ? parts : parts.slice(0, end)).slice(0, -1);
    const prefix = `${kept[0]}!${kept.slice(1).join('.')}.*`;
    const atLeast = compareVersions(publicVersion(v), parseVersion(spec)) >= 0;
    return atLeast && equal(v, prefix);
}
const canonical = (text) => {
    const v = parseVersion(text);
    return v ? formatVersion(v) : text;
};
// packaging's _version_split: epoch first, then dot-separated parts, with
// `1rc2` split into `1` and `rc2`.
function splitVersion(text) {
    const bang = text.lastIndexOf('!');
    const out = [bang > 0 ? text.slice(0, bang) : '0'];
    for (const part of text.slice(bang + 1).split('.')) {
        const m = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/.exec(part);
        out.push(...(m ? [m[1], m[2]] : [part]));
    }
    return out;
}
function numericPrefix(parts) {
    const n = parts.findIndex(p => !/^[0-9]+$/.test(p));
    return n === -1 ? parts.length : n;
}
function padRelease(parts, length) {
    const n = numericPrefix(parts);
    if (n >= length)
        return parts;
    const zeros = Array(length - n).fill('0');
    return [...parts.slice(0, n), ...zeros, ...parts.slice(n)];
}
// str(SpecifierSet): sorted by text (Python compares code points), then
// one clause per canonical form, so `>=1.0` and `>=1.0.0` print once.
function formatSpecifiers(specifiers) {
    const sorted = [...specifiers].sort((a, b) => compareCodePoints(a.operator + a.version, b.operator + b.version));
    const kept = new Map();
    for (const s of sorted) {
        const key = canonicalKey(s);
        if (!kept.has(key))
            kept.set(key, s.operator + s.version);
    }
    return [...kept.values()].join(',');
}
// Specifier._canonical_spec: trailing zeros dropped except under ~=.
function canonicalKey({ operator, version }) {
    if (operator === '===' || version.endsWith('.*')) {
        return `${operator}${version}`;
    }
    const v = parseVersion(version);
    const release = operator === '~=' ? v.release : trimZeros(v.release);
    return operator + formatVersion({ ...v, release });
}
function trimZeros(release) {
    let end = release.length;
    while (end > 1 && release[end - 1] === 0n)
        end--;
    return release.slice(0, end);
}
function compareCodePoints(a, b) {
    const x = Array.from(a, c => c.codePointAt(0));
    const y = Array.from(b, c => c.codePointAt(0));
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        if (x[i] !== y[i])
            return x[i] - y[i];
    }
    return x.length - y.length;
}
function strip(text) {
    let start = 0;
    let end = text.length;
    while (start < end && IS_SPACE.test(text[start]))
        start++;
    while (end > start && IS_SPACE.test(text[end - 1]))
        end--;
    return text.slice(start, end);
}

;// CONCATENATED MODULE: ./build/engine/dist/requires-python.js
/**
 * `Requires-Python` (core metadata 1.2+): a valid PEP 440 specifier set
 * that admits at least one Python the wheel's tags are built for, else pip
 * can never install the wheel.
 */





const VERSIONED = /^(py|cp|pp)(\d)(\d*)$/;
/**
 * The range of Python versions a (python, abi) pair serves, as
 * `packaging.tags` builds the tags an interpreter accepts: `py3` any 3.x,
 * `py38` 3.8 and later, `cp38-abi3` 3.8 and later (the stable ABI),
 * `cp38` with any other ABI and `pp39` exactly that version. `null` for
 * interpreters it does not know.
 */
function pythonRange(tag) {
    const m = VERSIONED.exec(tag.python);
    if (!m)
        return null;
    const major = Number(m[2]);
    if (m[3] === '')
        return m[1] === 'py' ? { major, min: 0, max: null } : null;
    const minor = Number(m[3]);
    const open = m[1] === 'py' || (m[1] === 'cp' && tag.abi === 'abi3');
    return { major, min: minor, max: open ? null : minor };
}
/** Checks `Requires-Python` is valid and, for a wheel, serves its tags. */
function checkRequiresPython(context, tags) {
    const field = firstField(context.metadata, 'requires-python');
    if (!field)
        return [];
    const read = readSpecifierSet(field.value);
    if (!read.ok) {
        return [
            artifactFinding(context.ref, 'metadata/requires-python-invalid', 'error', `${where(context, field.line)}: Requires-Python "${field.value}" is not a valid version specifier (${read.reason}); the index refuses it.`, 'Write `[project].requires-python` as a PEP 440 specifier set such as ">=3.9".', field.line)
        ];
    }
    if (!tags)
        return [];
    const ranges = tags.map(pythonRange);
    if (ranges.some(r => r === null))
        return [];
    if (ranges.some(r => r && admitsSome(read.set, r)))
        return [];
    const shown = [...new Set(tags.map(t => `${t.python}-${t.abi}`))];
    return [
        artifactFinding(context.ref, 'metadata/requires-python-mismatch', 'error', `"${context.ref.file}" is built for "${shown.join('", "')}" but its Requires-Python is "${field.value}": no Python it is built for satisfies it, so pip will never install it.`, `Build this wheel only for Pythons that "${field.value}" admits (e.g. drop it from the cibuildwheel \`build\` list), or widen \`requires-python\`. Tags: ${tags.map(tagText).join(', ')}.`, field.line)
    ];
}
// Probe the releases of the range where the set can change its mind: the
// first and a far patch of each minor, and around every patch a clause
// names. A set admits some `X.Y.Z` of the range exactly when one of these
// does.
function admitsSome(set, range) {
    const named = set.specifiers.map(s => s.version.split('.').map(Number));
    const last = range.max ?? range.min + 40;
    for (let minor = range.min; minor <= last; minor++) {
        const patches = new Set([0, 999]);
        for (const [major, m, patch] of named) {
            if (major !== range.major || m !== minor || patch === undefined)
                continue;
            if (Number.isInteger(patch))
                [patch - 1, patch, patch + 1].forEach(p => patches.add(p));
        }
        for (const patch of patches) {
            if (patch < 0)
                continue;
            const version = `${range.major}.${minor}.${patch}`;
            if (set.contains(version, { prereleases: true }))
                return true;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./build/engine/dist/metadata-checks.js
/**
 * Every check of one artifact's core metadata, as `twine check` and the
 * index make them, and more.
 */




/** Checks fields, long description, license and Requires-Python. */
function checkMetadata(context, licenses, tags) {
    return [
        ...checkMetadataFields(context),
        ...checkLongDescription(context),
        ...checkLicenseFields(context, licenses),
        ...checkRequiresPython(context, tags)
    ];
}

;// CONCATENATED MODULE: ./build/engine/dist/sdist-filename.js
/**
 * Source distribution file names (source distribution format \u00a7 Source
 * distribution file name; PEP 625), read as
 * `packaging.utils.parse_sdist_filename` reads them.
 */


/** Parses an sdist file name; fails with the reason packaging would give. */
function parseSdistFilename(file) {
    const extension = file.endsWith('.tar.gz')
        ? '.tar.gz'
        : file.endsWith('.zip')
            ? '.zip'
            : null;
    if (!extension) {
        return { ok: false, reason: "the extension must be '.tar.gz' or '.zip'" };
    }
    const stem = file.slice(0, -extension.length);
    // A PEP 440 version holds no dash, so the name ends at the last one.
    const dash = stem.lastIndexOf('-');
    if (dash < 0) {
        return { ok: false, reason: 'no dash separates the name from the version' };
    }
    const name = stem.slice(0, dash);
    const version = stem.slice(dash + 1);
    const normalized = normalizeVersion(version);
    if (normalized === null) {
        return {
            ok: false,
            reason: `"${version}" is not a valid PEP 440 version`
        };
    }
    return {
        ok: true,
        sdist: {
            name,
            normalizedName: project_name_normalizeName(name),
            version,
            extension,
            normalizedFile: `${escapedName(name)}-${normalized}.tar.gz`
        }
    };
}

;// CONCATENATED MODULE: ./build/engine/dist/sdist-checks.js
/**
 * The inside of one sdist (source distribution format \u00a7 Source
 * distribution archive features): a single top-level folder
 * `{name}-{version}` holding `PKG-INFO`, the project's core metadata.
 */


/** Checks the top-level folder and `PKG-INFO` of an sdist. */
function checkSdistContents(ref, facts, sdist) {
    if (facts.entries.length === 0) {
        return { findings: [], metadata: null, top: null };
    }
    const tops = new Set(facts.entries.map(e => e.name.split('/')[0] ?? ''));
    const looseFiles = facts.entries.filter(e => !e.name.includes('/') && e.kind !== 'directory');
    if (tops.size !== 1 || looseFiles.length > 0) {
        const shown = [...tops].slice(0, 5).join('", "');
        return {
            findings: [
                artifactFinding(ref, 'dist/sdist-top-folder', 'error', `"${ref.file}" must hold a single top-level folder, but holds "${shown}"${tops.size > 5 ? ', \u2026' : ''} at the top.`, 'Build the sdist with `python -m build --sdist` (or the backend); do not tar the tree by hand.')
            ],
            metadata: null,
            top: null
        };
    }
    const top = [...tops][0] ?? '';
    const findings = topFolderFindings(ref, sdist, top);
    const text = facts.texts[`${top}/PKG-INFO`];
    if (text === undefined) {
        if (!facts.entries.some(e => e.name === `${top}/PKG-INFO`)) {
            findings.push(artifactFinding(ref, 'metadata/missing', 'error', `"${ref.file}" has no "${top}/PKG-INFO"; an sdist must carry its core metadata there.`, 'Build the sdist with the build backend, which writes PKG-INFO.'));
        }
        return { findings, metadata: null, top };
    }
    const metadata = {
        ref,
        member: `${top}/PKG-INFO`,
        metadata: parseCoreMetadata(text)
    };
    return { findings, metadata, top };
}
// PEP 625 names the folder like the file; an sdist from a tool older than
// the PEP may use the unnormalized name in both, which is flagged on the
// file name already.
function topFolderFindings(ref, sdist, top) {
    const expected = sdist.normalizedFile.slice(0, -'.tar.gz'.length);
    const stem = ref.file.slice(0, -sdist.extension.length);
    if (top === expected || top === stem)
        return [];
    return [
        artifactFinding(ref, 'dist/sdist-top-folder', 'warning', `"${ref.file}" unpacks into "${top}/", but its top-level folder should be "${expected}/" (PEP 625).`, 'Build the sdist with a current build backend, which names the folder after the file.')
    ];
}

;// CONCATENATED MODULE: ./build/engine/dist/secret-files.js
/**
 * Files that must never ship: credentials, private keys and version-control
 * folders. Only names are known, so the rules are by name, and spare the
 * files that are public by nature: CA bundles (certifi's `cacert.pem`) and
 * the keys test suites carry as fixtures.
 */

const CREDENTIAL_FILES = new Set([
    '.pypirc',
    '.netrc',
    '.git-credentials',
    '.npmrc',
    'id_rsa',
    'id_dsa',
    'id_ecdsa',
    'id_ed25519'
]);
const DOTENV = /^\.env(?:\.(?!example$|sample$|template$|dist$|defaults?$)[^.]+)?$/i;
const KEY_FILE = /\.(?:pem|key|p12|pfx)$/i;
const PUBLIC_PEM = /(?:^|[-_.])(?:ca|cacert|certs?|chain|bundle|fullchain|pub|public)(?:[-_.]|$)/i;
const VCS_FOLDERS = new Set(['.git', '.hg', '.svn']);
const TEST_FOLDER = /^(?:tests?|testing|test_?data|fixtures?|testdata|examples?)$/i;
/** Whether the member `name` (a folder when `folder`) looks secret. */
function secretMember(name, folder = false) {
    const segments = name.split('/').filter(s => s !== '');
    const base = segments[segments.length - 1] ?? '';
    const parents = folder ? segments : segments.slice(0, -1);
    const vcs = parents.findIndex(s => VCS_FOLDERS.has(s));
    if (vcs >= 0) {
        return {
            path: `${segments.slice(0, vcs + 1).join('/')}/`,
            reason: `is a "${segments[vcs] ?? ''}" folder (repository history and configuration)`
        };
    }
    if (folder)
        return null;
    const reason = fileReason(base, parents);
    return reason ? { path: name, reason } : null;
}
function fileReason(base, parents) {
    if (CREDENTIAL_FILES.has(base))
        return 'is a credentials or private-key file';
    if (DOTENV.test(base))
        return 'is an environment file, which holds secrets';
    if (!KEY_FILE.test(base) || PUBLIC_PEM.test(base.replace(KEY_FILE, ''))) {
        return null;
    }
    return parents.some(s => TEST_FOLDER.test(s))
        ? null
        : 'looks like a private key or certificate store';
}
/** `dist/secret-file` for each member (or VCS folder) that looks secret. */
function checkSecretFiles(ref, entries) {
    const reported = new Set();
    const out = [];
    for (const entry of entries) {
        const secret = secretMember(entry.name, entry.kind === 'directory');
        if (!secret || reported.has(secret.path))
            continue;
        reported.add(secret.path);
        out.push(artifactFinding(ref, 'dist/secret-file', 'error', `"${ref.file}" contains "${secret.path}", which ${secret.reason}: once published it can never be withdrawn from mirrors.`, 'Exclude it from the build (MANIFEST.in `prune`/`exclude`, `[tool.hatch.build] exclude`, \u2026), rebuild, and rotate the secret if it is real.'));
    }
    return out;
}

;// CONCATENATED MODULE: ./build/engine/dist/record-file.js
/**
 * The `.dist-info/RECORD` file (binary distribution format \u00a7 The
 * .dist-info directory; recording installed projects \u00a7 The RECORD file):
 * CSV rows of path, `algorithm=urlsafe-base64-nopad-digest` and size, read
 * as Python's `csv` module reads them.
 */
/** Parses RECORD; malformed rows are reported, never thrown. */
function parseRecord(text) {
    const rows = [];
    const malformed = [];
    readCsv(text).forEach((cells, i) => {
        if (cells.length === 0 || (cells.length === 1 && cells[0] === ''))
            return;
        const [path = '', hash = '', sizeText = ''] = cells;
        const size = /^\d+$/.test(sizeText) ? Number(sizeText) : null;
        if (cells.length !== 3 || path === '' || (sizeText !== '' && size === null)) {
            malformed.push({ row: i + 1, text: cells.join(',') });
            return;
        }
        const eq = hash.indexOf('=');
        rows.push({
            path,
            algorithm: eq > 0 ? hash.slice(0, eq).toLowerCase() : null,
            hex: eq > 0 ? base64UrlToHex(hash.slice(eq + 1)) : null,
            hash,
            size,
            sizeText,
            row: i + 1
        });
    });
    return { rows, malformed };
}
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Decodes urlsafe base64 (padding optional) to hex; `null` when invalid. */
function base64UrlToHex(text) {
    const digits = text.replace(/={0,2}$/, '');
    if (digits.length % 4 === 1)
        return null;
    let bits = 0;
    let count = 0;
    let hex = '';
    for (const c of digits) {
        const v = ALPHABET.indexOf(c);
        if (v < 0)
            return null;
        bits = ((bits << 6) | v) & 0xffff;
        count += 6;
        if (count >= 8) {
            count -= 8;
            hex += ((bits >> count) & 0xff).toString(16).padStart(2, '0');
        }
    }
    return hex;
}
// Python's csv with the default dialect: `,` separates, `"` quotes, `""`
// is a quote inside quotes, and a quoted field may span lines.
function readCsv(text) {
    const rows = [];
    let row = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                cell += c;
        }
        else if (c === '"' && cell === '')
            quoted = true;
        else if (c === ',') {
            row.push(cell);
            cell = '';
        }
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n')
                i++;
            row.push(cell);
            rows.push(row);
            row = [];
            cell = '';
        }
        else
            cell += c;
    }
    if (cell !== '' || row.length > 0)
        rows.push([...row, cell]);
    return rows;
}

;// CONCATENATED MODULE: ./build/engine/dist/record-checks.js
/**
 * A wheel's RECORD against the archive (binary distribution format \u00a7 The
 * .dist-info directory): every row names a member with that size and
 * sha256, every member but RECORD and its signatures has a row, and no row
 * is malformed, duplicated or outside the archive. Installers verify these
 * hashes; a stale RECORD fails the install.
 */



const WEAK = new Set(['md5', 'sha1', 'sha224']);
const REBUILD = 'Rebuild the wheel instead of editing it; a tool that changes a wheel (auditwheel, delocate, delvewheel, `wheel tags`) rewrites RECORD itself.';
/** Checks the RECORD member `member` (text `text`) of a wheel. */
function checkRecord(ref, member, text, entries) {
    const record = parseRecord(text);
    const distInfo = member.slice(0, -'RECORD'.length);
    const unhashed = new Set(['RECORD', 'RECORD.jws', 'RECORD.p7s'].map(n => distInfo + n));
    const files = new Map();
    const stored = new Set();
    for (const e of entries) {
        if (e.kind === 'directory')
            continue;
        if (files.has(e.name))
            stored.add(e.name);
        files.set(e.name, e);
    }
    const out = record.malformed.map(m => artifactFinding(ref, 'dist/record-invalid', 'error', `"${member}" row ${m.row} "${m.text}" is not "path,algorithm=digest,size".`, REBUILD));
    const listed = new Set();
    for (const row of record.rows) {
        if (listed.has(row.path)) {
            out.push(duplicateRow(ref, member, row));
            continue;
        }
        listed.add(row.path);
        // A member stored twice is already a `dist/duplicate-entry`; which copy
        // RECORD describes is anyone's guess, so its hash is not judged.
        if (stored.has(row.path))
            continue;
        out.push(...checkRow(ref, member, row, files.get(row.path), unhashed));
    }
    for (const name of files.keys()) {
        if (listed.has(name) || unhashed.has(name))
            continue;
        out.push(artifactFinding(ref, 'dist/record-unlisted-file', 'error', `"${name}" is in the archive but not in "${member}"; installers cannot verify or uninstall it.`, REBUILD));
    }
    return out;
}
function duplicateRow(ref, member, row) {
    return artifactFinding(ref, 'dist/duplicate-entry', 'error', `"${member}" lists "${row.path}" more than once (row ${row.row}).`, REBUILD);
}
function checkRow(ref, member, row, entry, unhashed) {
    const unsafe = unsafePathReason(row.path);
    if (unsafe)
        return [unsafePathFinding(ref, row.path, unsafe, `"${member}" row`)];
    if (!entry) {
        return [
            artifactFinding(ref, 'dist/record-missing-entry', 'error', `"${member}" lists "${row.path}", but the archive has no such member.`, REBUILD)
        ];
    }
    if (unhashed.has(row.path))
        return [];
    return [...checkHash(ref, member, row, entry), ...checkSize(ref, member, row, entry)];
}
function checkHash(ref, member, row, entry) {
    const invalid = (problem, severity) => [
        artifactFinding(ref, 'dist/record-invalid', severity, `"${member}" row ${row.row} for "${row.path}" ${problem}.`, REBUILD)
    ];
    if (row.algorithm === null) {
        return invalid('has no hash, so installers cannot verify the file', 'warning');
    }
    if (WEAK.has(row.algorithm)) {
        return invalid(`uses "${row.algorithm}", which installers refuse (sha256 or stronger is required)`, 'error');
    }
    if (row.algorithm !== 'sha256')
        return [];
    if (row.hex === null || row.hex.length !== 64) {
        return invalid(`has the hash "${row.hash}", which is not a urlsafe-base64 sha256 digest`, 'error');
    }
    if (entry.sha256 === null || entry.sha256.toLowerCase() === row.hex)
        return [];
    return [
        artifactFinding(ref, 'dist/record-hash-mismatch', 'error', `"${row.path}" has sha256 "${entry.sha256}" but "${member}" records "${row.hex}" ("${row.hash}"): the file changed after RECORD was written, and installers will refuse the wheel.`, REBUILD)
    ];
}
function checkSize(ref, member, row, entry) {
    if (row.size === null || entry.sha256 === null || row.size === entry.size) {
        return [];
    }
    return [
        artifactFinding(ref, 'dist/record-size-mismatch', 'error', `"${row.path}" is ${entry.size} bytes but "${member}" records ${row.size}.`, REBUILD)
    ];
}

;// CONCATENATED MODULE: ./build/engine/dist/wheel-file.js
/**
 * The `.dist-info/WHEEL` file (binary distribution format \u00a7 The
 * .dist-info directory): `Wheel-Version` 1.x, `Root-Is-Purelib` true or
 * false, a `Build` that matches the file name's, and `Tag` lines that are
 * exactly the expanded tag set of the file name.
 */



/** Checks the WHEEL file `member` of a wheel, whose text is `text`. */
function checkWheelFile(ref, wheel, member, text) {
    const parsed = parseCoreMetadata(text);
    const invalid = (problem, hint, line) => artifactFinding(ref, 'dist/wheel-file', 'error', `"${member}" ${problem}`, hint, line);
    const out = [];
    const version = firstField(parsed, 'wheel-version');
    if (!version || !/^1\.\d+$/.test(version.value.trim())) {
        out.push(invalid(version
            ? `has Wheel-Version "${version.value}", but installers only read "1.x".`
            : 'has no "Wheel-Version" field.', 'Rebuild the wheel with a current build backend.', version?.line));
    }
    const purelib = firstField(parsed, 'root-is-purelib');
    const pure = purelib?.value.trim().toLowerCase();
    if (pure !== 'true' && pure !== 'false') {
        out.push(invalid(purelib
            ? `has Root-Is-Purelib "${purelib.value}"; expected "true" or "false".`
            : 'has no "Root-Is-Purelib" field.', 'Rebuild the wheel with a current build backend.', purelib?.line));
    }
    const build = firstField(parsed, 'build')?.value.trim() ?? null;
    if (build !== wheel.build && (build !== null || wheel.build !== null)) {
        out.push(invalid(`has Build "${build ?? ''}" but the file name's build tag is "${wheel.build ?? ''}".`, 'Rename the file or rebuild so both carry the same build tag.'));
    }
    return [
        ...out,
        ...checkTags(ref, wheel, member, fieldsNamed(parsed, 'tag')),
        ...(pure === 'true' ? checkPurelib(ref, wheel, member) : [])
    ];
}
function checkTags(ref, wheel, member, lines) {
    const declared = new Set(lines.map(l => l.value.trim().toLowerCase()));
    const expected = new Set(wheel.tags.map(tagText));
    const missing = [...expected].filter(t => !declared.has(t));
    const extra = [...declared].filter(t => !expected.has(t));
    if (missing.length === 0 && extra.length === 0)
        return [];
    const parts = [
        missing.length ? `lacks "${missing.join('", "')}"` : '',
        extra.length ? `has "${extra.join('", "')}" too` : ''
    ].filter(Boolean);
    return [
        artifactFinding(ref, 'dist/wheel-tags-mismatch', 'error', `"${member}" ${parts.join(' and ')}: its Tag lines must be exactly the tags of the file name "${ref.file}".`, 'A wheel renamed by hand (or by a retagging tool that left WHEEL alone) installs where it should not; retag with `wheel tags` or `auditwheel repair`, which update both.')
    ];
}
// A wheel that installs into purelib holds no compiled code, yet a platform
// tag says it does: usually a `--plat-name` applied to a pure build, or a
// backend misconfigured for an extension module.
function checkPurelib(ref, wheel, member) {
    const specific = wheel.tags.filter(t => t.platform !== 'any');
    if (specific.length === 0)
        return [];
    return [
        artifactFinding(ref, 'dist/purelib-platform', 'warning', `"${member}" says Root-Is-Purelib "true" (pure Python), but the file name carries the platform tag "${specific[0]?.platform ?? ''}".`, 'If the wheel holds compiled code, let the backend mark it platlib (Root-Is-Purelib: false); if it is pure Python, build it as "py3-none-any".')
    ];
}

;// CONCATENATED MODULE: ./build/engine/dist/wheel-checks.js
/**
 * The inside of one wheel (binary distribution format \u00a7 File contents):
 * one `{name}-{version}.dist-info` folder matching the file name, holding
 * METADATA, WHEEL and RECORD, each sound.
 */






/** Checks the `.dist-info` folder, WHEEL and RECORD of a wheel. */
function checkWheelContents(ref, facts, wheel) {
    if (facts.entries.length === 0) {
        return { findings: [], metadata: null, distInfo: null };
    }
    const folders = distInfoFolders(facts);
    const matching = folders.find(f => matchesWheel(f, wheel));
    const distInfo = matching ?? folders[0] ?? null;
    const findings = distInfoFindings(ref, wheel, folders, matching);
    if (distInfo === null)
        return { findings, metadata: null, distInfo };
    const text = (name) => facts.texts[`${distInfo}/${name}`];
    const wheelText = text('WHEEL');
    const recordText = text('RECORD');
    const metadataText = text('METADATA');
    // A member that is there but was not read (too large, say) is the
    // reader's problem, already reported; only an absent one is reported here.
    const absent = (name, id) => facts.entries.some(e => e.name === `${distInfo}/${name}`)
        ? []
        : [wheel_checks_missing(ref, `${distInfo}/${name}`, id)];
    findings.push(...(wheelText === undefined
        ? absent('WHEEL', 'dist/wheel-file')
        : checkWheelFile(ref, wheel, `${distInfo}/WHEEL`, wheelText)), ...(recordText === undefined
        ? absent('RECORD', 'dist/record-missing')
        : checkRecord(ref, `${distInfo}/RECORD`, recordText, facts.entries)), ...(metadataText === undefined ? absent('METADATA', 'metadata/missing') : []));
    const metadata = metadataText === undefined
        ? null
        : {
            ref,
            member: `${distInfo}/METADATA`,
            metadata: parseCoreMetadata(metadataText)
        };
    return { findings, metadata, distInfo };
}
function distInfoFolders(facts) {
    const top = new Set();
    for (const entry of facts.entries) {
        const first = entry.name.split('/')[0] ?? '';
        const nested = entry.name.includes('/') || entry.kind === 'directory';
        if (nested && first.endsWith('.dist-info'))
            top.add(first);
    }
    return [...top];
}
function matchesWheel(folder, wheel) {
    const stem = folder.slice(0, -'.dist-info'.length);
    const dash = stem.lastIndexOf('-');
    return (dash > 0 &&
        project_name_normalizeName(stem.slice(0, dash)) === wheel.normalizedName &&
        versionsEqual(stem.slice(dash + 1), wheel.version));
}
function distInfoFindings(ref, wheel, folders, matching) {
    const expected = `${wheel.name}-${wheel.version}.dist-info`;
    const problem = folders.length === 0
        ? 'has no ".dist-info" folder'
        : folders.length > 1
            ? `has ${folders.length} ".dist-info" folders ("${folders.join('", "')}") where there must be one`
            : matching
                ? null
                : `has the folder "${folders[0] ?? ''}", which does not match its file name`;
    if (!problem)
        return [];
    return [
        artifactFinding(ref, 'dist/dist-info-folder', 'error', `"${ref.file}" ${problem}; expected "${expected}".`, 'Rebuild the wheel with the build backend; a renamed wheel keeps its old ".dist-info" folder, so rename nothing by hand.')
    ];
}
function wheel_checks_missing(ref, member, id) {
    return artifactFinding(ref, id, 'error', `"${ref.file}" has no "${member}", which every wheel must hold.`, 'Rebuild the wheel with a current build backend.');
}

;// CONCATENATED MODULE: ./build/engine/dist/artifact-checks.js
/**
 * Every check of one artifact on its own: the reader's problems, size,
 * member names, secrets, file name, layout and metadata. What concerns
 * several artifacts (names, versions, coverage) is checked by the caller
 * from what this returns.
 */











/** Checks one artifact of `dist/`. */
function checkArtifact(ref, facts) {
    const common = [
        ...facts.problems.map(p => readerProblem(ref, p)),
        ...checkFileSize(ref, facts.size),
        ...checkMemberNames(ref, facts.entries.map(e => e.name)),
        ...checkSecretFiles(ref, facts.entries)
    ];
    const result = facts.kind === 'wheel' ? checkWheel(ref, facts) : checkSdist(ref, facts);
    return { ...result, findings: [...common, ...result.findings] };
}
function readerProblem(ref, problem) {
    const member = problem.entry === undefined ? '' : `: member "${problem.entry}"`;
    return artifactFinding(ref, problem.id, 'error', `"${ref.file}"${member} ${problem.message}.`.replace(/\.\.$/, '.'), 'Rebuild the artifact; a damaged or hostile archive must not be published.');
}
function badFilename(ref, kind, reason) {
    return artifactFinding(ref, 'dist/bad-filename', 'error', `"${ref.file}" is not a valid ${kind} file name: ${reason}.`, kind === 'wheel'
        ? 'Wheels are named "{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl"; let the build backend name them and never rename one by hand.'
        : 'Sdists are named "{name}-{version}.tar.gz"; let the build backend name them.');
}
function checkWheel(ref, facts) {
    const parsed = parseWheelFilename(ref.file);
    if (!parsed.ok) {
        return {
            findings: [badFilename(ref, 'wheel', parsed.reason)],
            identity: null,
            wheel: null
        };
    }
    const wheel = parsed.wheel;
    const contents = checkWheelContents(ref, facts, wheel);
    const metadata = contents.metadata;
    const members = new Set(facts.entries.map(e => e.name));
    const metadataFindings = metadata && contents.distInfo
        ? checkMetadata(metadata, { folders: wheelLicenseFolders(metadata, contents.distInfo), members }, wheel.tags)
        : [];
    return {
        findings: [
            ...checkLinuxTags(ref, wheel),
            ...contents.findings,
            ...metadataFindings
        ],
        identity: identity(ref, wheel.name, wheel.version, metadata),
        wheel: { ref, wheel }
    };
}
function checkSdist(ref, facts) {
    const parsed = parseSdistFilename(ref.file);
    if (!parsed.ok) {
        return {
            findings: [badFilename(ref, 'sdist', parsed.reason)],
            identity: null,
            wheel: null
        };
    }
    const sdist = parsed.sdist;
    const contents = checkSdistContents(ref, facts, sdist);
    const metadata = contents.metadata;
    const members = new Set(facts.entries.map(e => e.name));
    const metadataFindings = metadata && contents.top !== null
        ? checkMetadata(metadata, { folders: [`${contents.top}/`], members }, null)
        : [];
    return {
        findings: [
            ...checkSdistName(ref, sdist),
            ...contents.findings,
            ...metadataFindings
        ],
        identity: identity(ref, sdist.name, sdist.version, metadata),
        wheel: null
    };
}
function identity(ref, fileName, fileVersion, context) {
    const value = (key) => (context && firstField(context.metadata, key)?.value.trim()) || null;
    return {
        ref,
        fileName,
        fileVersion,
        metadata: context && {
            member: context.member,
            name: value('name'),
            version: value('version')
        }
    };
}

;// CONCATENATED MODULE: ./build/engine/dist/dist-coverage.js
/**
 * What `dist/` as a whole must hold: the expected number of wheels, one for
 * each expected platform family, an sdist when required, one wheel per
 * (python, abi, platform) tag and one sdist at most.
 */




/** `dist/wheel-count`, `dist/platform-missing`, `dist/sdist-missing` \u2026 */
function checkCoverage(c) {
    return [
        ...checkCount(c),
        ...checkPlatforms(c),
        ...dist_coverage_checkSdist(c),
        ...checkDuplicateWheels(c.wheels)
    ];
}
/** `wheel-count` as the input is written: `12`, `>=6`, `<=3` or `2..4`. */
function describeCount(count) {
    if (count.max === null)
        return `>=${count.min}`;
    if (count.min === count.max)
        return `${count.min}`;
    return count.min === 0 ? `<=${count.max}` : `${count.min}..${count.max}`;
}
function checkCount(c) {
    const want = c.expectedWheels;
    if (!want)
        return [];
    const n = c.wheelCount;
    if (n >= want.min && (want.max === null || n <= want.max))
        return [];
    return [
        finding('dist/wheel-count', 'error', `"${c.folder}" holds ${n} wheel${n === 1 ? '' : 's'}, but \`expected-wheels\` is "${describeCount(want)}".`, {
            file: c.folder,
            hint: n < want.min
                ? 'A build job failed or its artifact was not downloaded: check the build matrix and the download step (`pattern:`, `merge-multiple: true`).'
                : 'Stale or duplicate wheels are in the folder: build into an empty folder, or update `expected-wheels` if the matrix grew.'
        })
    ];
}
function checkPlatforms(c) {
    const have = new Set(c.wheels.flatMap(w => w.wheel.tags.flatMap(t => platformFamilies(t.platform))));
    return c.expectedPlatforms
        .filter(family => !have.has(family))
        .map(family => finding('dist/platform-missing', 'error', `No wheel in "${c.folder}" is for "${family}", which \`expected-platforms\` requires${have.size ? ` (found: "${[...have].sort().join('", "')}")` : ''}.`, {
        file: c.folder,
        hint: `Add "${family}" to the build matrix (cibuildwheel \`archs\`/runner, maturin \`target\`), or drop it from \`expected-platforms\`.`
    }));
}
function dist_coverage_checkSdist(c) {
    if (c.sdists.length === 0 && c.requireSdist) {
        return [
            finding('dist/sdist-missing', 'error', `"${c.folder}" holds no sdist (.tar.gz), but \`require-sdist\` is "true".`, {
                file: c.folder,
                hint: 'Build one with `python -m build --sdist` (or `uv build --sdist`) and download it into the folder.'
            })
        ];
    }
    return c.sdists.slice(1).map(ref => artifactFinding(ref, 'dist/duplicate-sdist', 'error', `"${ref.file}" is a second sdist next to "${c.sdists[0]?.file ?? ''}"; the index takes one sdist per release.`, 'Keep one sdist (the .tar.gz) and build into an empty folder.'));
}
function checkDuplicateWheels(wheels) {
    const owner = new Map();
    const out = [];
    for (const w of wheels) {
        const clash = w.wheel.tags
            .map(t => ({ tag: tagText(t), other: owner.get(tagText(t)) }))
            .find(x => x.other !== undefined);
        if (clash?.other) {
            out.push(artifactFinding(w.ref, 'dist/duplicate-wheel', 'error', `"${w.ref.file}" and "${clash.other.ref.file}" are both for "${clash.tag}"; installers would pick one arbitrarily.`, 'Build each (python, abi, platform) once: two matrix jobs produce the same wheel, or a stale wheel remains in the folder.'));
            continue;
        }
        for (const t of w.wheel.tags)
            owner.set(tagText(t), w);
    }
    return out;
}

;// CONCATENATED MODULE: ./build/engine/dist/dist-folder-checks.js
/**
 * What else is in `dist/`. The publish step uploads every file there
 * (`twine upload dist/*`), and refuses what is not a wheel or an sdist, so
 * sub-folders, checksums, signatures and stray files break it; leftover
 * attestations would be uploaded for the wrong artifacts.
 */

const RULES = [
    {
        id: 'dist/subfolder',
        severity: 'error',
        test: e => e.kind === 'directory',
        what: 'is a folder; the publish step (`twine upload dist/*`) fails on a folder, and the artifacts inside it would not be published anyway',
        hint: 'Download the build artifacts with actions/download-artifact and `merge-multiple: true` (with `pattern:` and `path: dist`), so every file lands directly in the folder.'
    },
    {
        id: 'dist/attestation-file',
        severity: 'warning',
        test: e => e.name.endsWith('.publish.attestation'),
        what: 'is an attestation left by an earlier publish; the publish step makes fresh ones',
        hint: 'Remove it (build into an empty folder).'
    },
    {
        id: 'dist/checksum-file',
        severity: 'error',
        test: e => /^(?:sha(?:1|224|256|384|512)sums?|md5sums?)(?:\.txt)?$/i.test(e.name) ||
            /\.(?:sha(?:1|224|256|384|512)(?:sum)?|md5)$/i.test(e.name),
        what: 'is a checksum file; the index takes only wheels and sdists',
        hint: 'Write checksums outside the dist folder; this check hands them over as the `sha256sums-file` output.'
    },
    {
        id: 'dist/signature-file',
        severity: 'error',
        test: e => /\.(?:asc|sig|sigstore(?:\.json)?)$/i.test(e.name),
        what: 'is a signature; the index no longer takes signatures (trusted publishing attests the artifacts instead)',
        hint: 'Remove it from the dist folder; attach signatures to the GitHub release instead.'
    },
    {
        id: 'dist/unexpected-file',
        severity: 'error',
        test: () => true,
        what: 'is neither a wheel (.whl) nor an sdist (.tar.gz); the publish step refuses it',
        hint: 'Keep only wheels and sdists in the dist folder.'
    }
];
/** One finding for each entry of `dist/` that does not belong there. */
function checkOtherEntries(refOf, others) {
    // Hidden files (uv's `dist/.gitignore`, `.DS_Store`) are skipped by the
    // `dist/*` glob that uploads, so they are harmless.
    return others
        .filter(e => !e.name.startsWith('.'))
        .map(entry => {
        const rule = RULES.find(r => r.test(entry));
        return artifactFinding(refOf(entry.name), rule.id, rule.severity, `"${entry.name}" ${rule.what}.`, rule.hint);
    });
}

;// CONCATENATED MODULE: ./build/engine/dist/identity-checks.js
/**
 * Every artifact must carry the project's name and version, in its file
 * name and in its metadata (PEP 440 equality, PEP 503 name normalization),
 * and a version the index would take: no local part, no placeholder left
 * by a VCS version plugin that found no tag.
 */



const SAME = {
    name: (a, b) => project_name_normalizeName(a) === project_name_normalizeName(b),
    version: versionsEqual
};
/** Name and version mismatches, local versions and placeholders. */
function checkIdentities(artifacts, project) {
    const expected = {
        name: project.name ?? majority(artifacts.map(a => project_name_normalizeName(a.fileName))),
        version: project.version ?? majority(artifacts.map(a => a.fileVersion), versionsEqual)
    };
    const known = { name: project.name !== null, version: project.version !== null };
    return artifacts.flatMap(a => {
        // A placeholder or local version already says why the version is not
        // the project's; a second finding for the same cause would be noise.
        const specific = versionFindings(a);
        const version = specific.length > 0 ? null : expected.version;
        return [
            ...mismatches(a, 'name', expected.name, known.name),
            ...mismatches(a, 'version', version, known.version),
            ...specific
        ];
    });
}
function mismatches(a, field, expected, fromProject) {
    const inFile = field === 'name' ? a.fileName : a.fileVersion;
    const inMetadata = a.metadata?.[field] ?? null;
    const same = SAME[field];
    const whose = fromProject
        ? `the project's ${field} is`
        : `the other artifacts have`;
    const out = [];
    if (expected !== null && !same(inFile, expected)) {
        out.push(mismatch(a, field, `"${a.ref.file}" has the ${field} "${inFile}" in its file name, but ${whose} "${expected}".`));
    }
    if (a.metadata && inMetadata !== null && !same(inMetadata, inFile)) {
        out.push(mismatch(a, field, `"${a.metadata.member}" in "${a.ref.file}" says ${field === 'name' ? 'Name' : 'Version'} "${inMetadata}", but the file name says "${inFile}"${expected !== null ? ` and ${whose} "${expected}"` : ''}.`));
    }
    return out;
}
function mismatch(a, field, message) {
    return artifactFinding(a.ref, `dist/${field}-mismatch`, 'error', message, field === 'name'
        ? 'Build from this project only, and empty `dist/` before building so no other project\'s artifacts remain.'
        : 'Empty `dist/` before building (stale artifacts of another version remain otherwise) and build from the tagged commit.');
}
// The most common value, or null when there is nothing to compare.
function majority(values, same = (a, b) => a === b) {
    let best = null;
    let bestCount = 0;
    for (const v of values) {
        const count = values.filter(w => same(v, w)).length;
        if (count > bestCount)
            [best, bestCount] = [v, count];
    }
    return best;
}
function versionFindings(a) {
    const version = parseVersion(a.fileVersion);
    if (!version)
        return [];
    const out = [];
    if (identity_checks_isPlaceholder(version)) {
        out.push(artifactFinding(a.ref, 'dist/placeholder-version', 'error', `"${a.ref.file}" has the version "${a.fileVersion}", the placeholder a VCS version plugin (setuptools-scm, hatch-vcs, versioningit, poetry-dynamic-versioning) writes when it finds no tag.`, 'Check out with `fetch-depth: 0` (actions/checkout) so tags are there, build from the tagged commit, and rebuild.'));
    }
    if (version.local !== null) {
        out.push(artifactFinding(a.ref, 'dist/local-version', 'error', `"${a.ref.file}" has the local version "${a.fileVersion}"; the index refuses local versions (the "+\u2026" part).`, 'Build from a clean checkout of the tagged commit with full history (`fetch-depth: 0`); a dirty tree or a commit past the tag makes VCS plugins add "+g<hash>" or "+d<date>".'));
    }
    return out;
}
/**
 * The fallbacks of VCS version plugins: `0.0.0` (poetry-dynamic-versioning,
 * versioningit), `0.1.devN+g\u2026` (setuptools-scm, hatch-vcs) and
 * `0.0.post1.devN` (older setuptools-scm).
 */
function identity_checks_isPlaceholder(v) {
    const zeros = v.release.every(n => n === 0n);
    const scm = v.release.length === 2 &&
        v.release[0] === 0n &&
        v.release[1] === 1n &&
        v.dev !== null &&
        v.local !== null;
    return v.epoch === 0n && (zeros || scm);
}

;// CONCATENATED MODULE: ./build/engine/dist/wheel-summary.js
/**
 * The wheels of `dist/` as a table: one row per python/abi tag set, one
 * column per platform (family where it has one), each cell the wheels
 * that cover it. Data only; the report renders it.
 */

/** Builds the table from the wheels whose file names parsed. */
function summarizeWheels(wheels) {
    const cells = new Map();
    const columns = new Set();
    for (const { file, wheel } of wheels) {
        const python = `${wheel.pythons.join('.')}-${wheel.abis.join('.')}`;
        for (const column of columnsOf(wheel)) {
            columns.add(column);
            const row = cells.get(python) ?? new Map();
            cells.set(python, row);
            row.set(column, [...(row.get(column) ?? []), file]);
        }
    }
    const platforms = [...columns].sort();
    const rows = [...cells.keys()].sort(byPython).map(python => ({
        python,
        cells: platforms.map(p => cells.get(python)?.get(p) ?? [])
    }));
    return { platforms, rows };
}
// A wheel counts under each family its tags serve; a tag of no family
// (ppc64le, i686, iOS \u2026) is its own column.
function columnsOf(wheel) {
    const out = new Set();
    for (const platform of wheel.platforms) {
        const families = platformFamilies(platform.toLowerCase());
        if (families.length === 0)
            out.add(platform.toLowerCase());
        for (const f of families)
            out.add(f);
    }
    return [...out];
}
// cp39 before cp310: compare the digits as numbers.
function byPython(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}

;// CONCATENATED MODULE: ./build/engine/dist/check-dist.js
/**
 * The artifact checks of a release: everything in `dist/`, judged from the
 * facts the reader gathered, against the project and what the caller
 * expects. Pure: no file is opened here.
 */







/** Checks the artifacts in `dist/`. */
function checkDist(input) {
    const { dist } = input;
    const refOf = (file) => artifactRef(dist.folder, file);
    const results = dist.artifacts.map(a => checkArtifact(refOf(a.file), a));
    const wheels = results.flatMap(r => (r.wheel ? [r.wheel] : []));
    const sdists = dist.artifacts.filter(a => a.kind === 'sdist');
    const findings = [
        ...emptyFindings(input),
        ...checkOtherEntries(refOf, dist.others),
        ...mergeRepeated(results.flatMap(r => capPerId(r.findings))),
        ...checkIdentities(identities(results), input.project),
        ...(dist.artifacts.length === 0
            ? []
            : checkCoverage({
                folder: dist.folder,
                wheelCount: dist.artifacts.length - sdists.length,
                wheels,
                sdists: sdists.map(s => refOf(s.file)),
                expectedWheels: input.expectedWheels,
                expectedPlatforms: input.expectedPlatforms,
                requireSdist: input.requireSdist
            }))
    ];
    return {
        findings,
        artifacts: dist.artifacts.map(a => ({
            name: a.file,
            kind: a.kind,
            size: a.size,
            sha256: a.sha256
        })),
        wheelCount: dist.artifacts.length - sdists.length,
        sdist: sdists[0]?.file ?? null,
        wheelTable: summarizeWheels(wheels.map(w => ({ file: w.ref.file, wheel: w.wheel })))
    };
}
function identities(results) {
    return results.flatMap(r => (r.identity ? [r.identity] : []));
}
function emptyFindings(input) {
    if (input.dist.artifacts.length > 0)
        return [];
    const required = (input.expectedWheels?.min ?? 0) > 0 ||
        input.requireSdist ||
        input.expectedPlatforms.length > 0;
    return [
        finding('dist/empty', required ? 'error' : 'warning', `"${input.dist.folder}" holds no wheel or sdist${required ? ', but `expected-wheels`, `expected-platforms` or `require-sdist` asks for artifacts' : ''}.`, {
            file: input.dist.folder,
            hint: 'Build (or download the build jobs\' artifacts) into this folder before this step, or point `dist` at the folder that holds them.'
        })
    ];
}
// Every wheel of a release carries the same METADATA, so one broken README
// would be reported once per wheel: report each metadata finding once,
// saying how many artifacts share it.
function mergeRepeated(findings) {
    const counts = new Map();
    const key = (f) => `${f.id}\n${f.message}`;
    for (const f of findings) {
        if (f.id.startsWith('metadata/')) {
            counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
        }
    }
    const out = [];
    for (const f of findings) {
        const n = counts.get(key(f));
        if (n === undefined)
            out.push(f);
        else if (n > 0) {
            counts.set(key(f), 0);
            out.push(n === 1
                ? f
                : { ...f, message: `${f.message} (The same in ${n - 1} other artifacts.)` });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/engine/publishing/trusted-publisher.js
/**
 * What the index's trusted-publisher form must contain for the workflow
 * that runs this check, derived from the runner's variables only.
 */
// Warehouse takes the file name as the last `*.yml`/`*.yaml` segment before
// the `@`; a ref may itself contain `@` or `/`, so match lazily up to the
// first workflow suffix followed by `@`.
const WORKFLOW_REF = /^([^/@]+)\/([^/@]+)\/([^@]*?[^/@]\.ya?ml)@(.+)$/;
const KNOWN_INDEXES = {
    'pypi.org': 'PyPI',
    'test.pypi.org': 'TestPyPI'
};
/** Splits `owner/repo/<path>@<ref>`; `null` when it does not have that shape. */
function parseWorkflowRef(workflowRef) {
    const m = WORKFLOW_REF.exec(workflowRef.trim());
    if (!m)
        return null;
    const [, owner = '', repository = '', path = '', ref = ''] = m;
    const file = path.slice(path.lastIndexOf('/') + 1);
    return { owner, repository, path, file, ref };
}
/** Derives the trusted-publisher form values and pages for this run. */
function trustedPublisherFacts(ctx) {
    const gaps = [];
    const { origin, host } = indexLocation(ctx.indexUrl);
    const workflow = workflowFacts(ctx.workflowRef, gaps);
    const repo = repositoryFacts(ctx.repository, workflow, gaps);
    if (ctx.projectName === null) {
        gaps.push('The project name is unknown (no readable `[project].name`): it is needed for the project page or a pending publisher.');
    }
    const name = ctx.projectName === null ? null : encodePath(ctx.projectName);
    return {
        indexName: KNOWN_INDEXES[host] ?? host,
        knownIndex: host in KNOWN_INDEXES,
        projectName: ctx.projectName,
        ...repo,
        workflow: workflow?.file ?? null,
        workflowPath: workflow?.path ?? null,
        environment: ctx.environment.trim() === '' ? null : ctx.environment.trim(),
        form: publisherForm(ctx.projectExists),
        projectSettingsUrl: name === null
            ? null
            : `${origin}/manage/project/${name}/settings/publishing/`,
        pendingPublisherUrl: `${origin}/manage/account/publishing/`,
        gaps
    };
}
function workflowFacts(workflowRef, gaps) {
    if (workflowRef.trim() === '') {
        gaps.push('`GITHUB_WORKFLOW_REF` is not set (outside GitHub Actions, or a runner that does not provide it), so the workflow file name is unknown: it is the file name of the workflow that holds the publish job.');
        return null;
    }
    const parsed = parseWorkflowRef(workflowRef);
    if (parsed === null) {
        gaps.push(`\`GITHUB_WORKFLOW_REF\` does not name a workflow file (\`owner/repo/.github/workflows/<file>.yml@<ref>\`), so the workflow file name is unknown.`);
    }
    return parsed;
}
function repositoryFacts(repository, workflow, gaps) {
    const [owner, name, ...rest] = repository.trim().split('/');
    if (owner && name && rest.length === 0)
        return { owner, repository: name };
    if (workflow !== null) {
        return { owner: workflow.owner, repository: workflow.repository };
    }
    gaps.push('`GITHUB_REPOSITORY` is not set, so the owner and repository name are unknown: they are those of the repository that runs the publish job.');
    return { owner: null, repository: null };
}
function publisherForm(exists) {
    if (exists === null)
        return 'either';
    return exists ? 'project' : 'pending';
}
// Warehouse serves its management pages at the root of the host, whatever
// path the JSON API was given under. Settings validate the URL; a bad one
// still yields text rather than an exception.
function indexLocation(indexUrl) {
    try {
        const url = new URL(indexUrl);
        return { origin: url.origin, host: url.host };
    }
    catch {
        return { origin: indexUrl.replace(/\/+$/, ''), host: indexUrl };
    }
}
// Names are normalized already; encode anyway so a hostile one cannot
// leave the path or break a Markdown link around it.
function encodePath(segment) {
    return encodeURIComponent(segment).replace(/[()'*!]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

;// CONCATENATED MODULE: ./build/engine/report/render-markdown.js


const STATUS_ICON = {
    pass: '\u2705 pass',
    warn: '\u26a0\ufe0f warn',
    fail: '\u274c fail',
    skip: '\u23ed\ufe0f skip'
};
const SEVERITY_ICON = {
    error: '\u274c error',
    warning: '\u26a0\ufe0f warning',
    notice: '\u2139\ufe0f notice'
};
/** The job summary: verdict, release facts, checks table and findings. */
function renderMarkdown(report) {
    return [
        heading(report),
        factsTable(report),
        checksTable(report.checks),
        findingsList(report.findings),
        artifactsBlock(report),
        notesBlock(report),
        report.trustedPublisher
            ? renderTrustedPublisher(report.trustedPublisher.facts, report.trustedPublisher.claims).trim()
            : ''
    ]
        .filter(part => part !== '')
        .join('\n\n')
        .concat('\n');
}
function heading(report) {
    const { facts } = report;
    const what = facts.mode === 'release'
        ? `release ${code(facts.tag ?? '(no tag)')}`
        : 'release readiness';
    const verdict = {
        pass: 'passed',
        warn: 'passed with warnings',
        fail: 'failed'
    };
    return `## pypi-preflight: ${what} ${verdict[report.result]}`;
}
function factsTable(report) {
    const f = report.facts;
    const rows = [
        ['Mode', f.mode],
        ['Tag', f.tag === null ? '\u2014' : code(f.tag)],
        ['Package', f.packageName === null ? '\u2014' : code(f.packageName)],
        ['Version', f.version === null ? '\u2014' : code(f.version)],
        ['Pre-release', f.prerelease ? 'yes' : 'no'],
        ['Version source', f.versionSource === null ? '\u2014' : cell(f.versionSource)],
        ['Changelog', changelogFact(report)],
        [
            'Previous release',
            f.previousVersion === null ? '\u2014' : code(f.previousVersion)
        ],
        ['Index page', f.indexPage === null ? '\u2014' : cell(f.indexPage)]
    ];
    return ['| Fact | Value |', '| --- | --- |']
        .concat(rows.map(([k, v]) => `| ${k} | ${v} |`))
        .join('\n');
}
function changelogFact(report) {
    const f = report.facts;
    if (f.notesSource === null)
        return '\u2014';
    const file = f.changelogFile === null ? 'no changelog' : code(f.changelogFile);
    const date = f.changelogDate === null ? '' : `, dated ${f.changelogDate}`;
    return `${file}: notes from ${NOTES_SOURCE_WORDS[f.notesSource]}${date}`;
}
// Digests as the publish step will upload them, and which wheel covers what.
function artifactsBlock(report) {
    const dist = report.dist;
    if (!dist || dist.artifacts.length === 0)
        return '';
    const rows = dist.artifacts.map(a => `| ${code(a.name)} | ${a.kind} | ${thousands(a.size)} | ${code(a.sha256)} |`);
    const table = [
        '| Artifact | Kind | Bytes | SHA-256 |',
        '| --- | --- | --- | --- |',
        ...rows
    ];
    return ['### Artifacts', '', ...table, wheelTable(dist.wheelTable)].join('\n');
}
function wheelTable(table) {
    if (table.rows.length === 0)
        return '';
    const head = `| Python | ${table.platforms.map(cell).join(' | ')} |`;
    const rule = `| --- | ${table.platforms.map(() => '---').join(' | ')} |`;
    const rows = table.rows.map(r => `| ${code(r.python)} | ${r.cells.map(c => (c.length === 0 ? '\u2014' : `\u2705${c.length > 1 ? ` \u00d7${c.length}` : ''}`)).join(' | ')} |`);
    return [
        '',
        '**Wheels by Python and platform**',
        '',
        head,
        rule,
        ...rows
    ].join('\n');
}
// The notes as they will be published, folded so the table stays in view.
function notesBlock(report) {
    const notes = report.facts.releaseNotes;
    if (notes === null)
        return '';
    return `<details><summary>Release notes</summary>\n\n${notes}\n\n</details>`;
}
function checksTable(checks) {
    if (checks.length === 0)
        return '';
    return ['| Check | Result | Detail |', '| --- | --- | --- |']
        .concat(checks.map(c => `| ${cell(c.title)} | ${STATUS_ICON[c.status]} | ${cell(c.detail)} |`))
        .join('\n');
}
function findingsList(findings) {
    if (findings.length === 0)
        return '';
    const items = findings.map(f => {
        const where = f.file
            ? ` (${code(f.line ? `${f.file}:${f.line}` : f.file)})`
            : '';
        const hint = f.hint ? `<br>Fix: ${cell(f.hint)}` : '';
        return `- ${SEVERITY_ICON[f.severity]} ${code(f.id)}${where}: ${cell(f.message)}${hint}`;
    });
    return ['### Findings', '', ...items].join('\n');
}
/** Text safe inside a table cell or list item: no line breaks, pipes or raw HTML. */
function cell(text) {
    return text
        .replace(/\r?\n|\r/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|');
}
/** Inline code that holds any text, backticks included (CommonMark \u00a76.1). */
function code(text) {
    const flat = text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
    const runs = flat.match(/`+/g) ?? [];
    const fence = '`'.repeat(Math.max(0, ...runs.map(r => r.length)) + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
// `toLocaleString` would load ICU's locale data: a cost at every start.
function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

;// CONCATENATED MODULE: ./build/engine/publishing/oidc-claims.js
/**
 * The claims of a GitHub Actions OIDC token that a package index's trusted
 * publisher is matched against (Warehouse: `sub`, `repository`,
 * `repository_owner`, `repository_owner_id`, `job_workflow_ref`,
 * `environment`; `ref` completes `job_workflow_ref`), plus the context that
 * explains them.
 */
const MATCHED_CLAIMS = [
    'sub',
    'repository',
    'repository_owner',
    'repository_owner_id',
    'workflow_ref',
    'job_workflow_ref',
    'environment',
    'ref',
    'event_name'
];
/** Keeps the shown claims of a decoded token payload, as text. */
function pickClaims(payload) {
    if (payload === null || typeof payload !== 'object')
        return {};
    const source = payload;
    const claims = {};
    for (const name of MATCHED_CLAIMS) {
        const value = source[name];
        if (typeof value === 'string' || typeof value === 'number') {
            claims[name] = String(value);
        }
    }
    return claims;
}

;// CONCATENATED MODULE: ./build/engine/publishing/render-trusted-publisher.js



/**
 * The job summary's trusted-publishing section: where to add the publisher
 * on the index, the exact form values, what is unknown, and (when this job
 * could get an id-token) the claims the index will match.
 */
function renderTrustedPublisher(facts, claims = null) {
    return [
        `### Trusted publisher on ${cell(facts.indexName)}`,
        whereToAdd(facts),
        formTable(facts),
        jobRequirements(facts),
        gapList(facts),
        claims === null ? '' : claimsBlock(claims, facts)
    ]
        .filter(part => part !== '')
        .join('\n\n')
        .concat('\n');
}
function whereToAdd(f) {
    const pending = render_trusted_publisher_link(f.pendingPublisherUrl);
    const project = f.projectSettingsUrl === null ? null : render_trusted_publisher_link(f.projectSettingsUrl);
    const index = cell(f.indexName);
    const add = 'choose **GitHub** and enter exactly:';
    if (f.form === 'project' && project !== null) {
        return `Add a trusted publisher in the project's publishing settings, ${project}: ${add}`;
    }
    if (f.form === 'pending') {
        return `The project is not on ${index} yet: add a *pending* publisher at ${pending} (the first upload creates the project), ${add}`;
    }
    if (project === null)
        return `Add a *pending* publisher at ${pending}. Then ${add}`;
    return `If the project is already on ${index}, add the publisher at ${project}; otherwise add a *pending* publisher at ${pending}. Then ${add}`;
}
function formTable(f) {
    const unknown = '*unknown (see below)*';
    const value = (v) => (v === null ? unknown : code(v));
    const rows = [
        ['Owner', value(f.owner)],
        ['Repository name', value(f.repository)],
        ['Workflow name', value(f.workflow)],
        [
            'Environment name',
            f.environment === null ? '*(leave empty)*' : code(f.environment)
        ]
    ];
    if (f.form !== 'project') {
        rows.unshift(['PyPI Project Name', value(f.projectName)]);
    }
    return ['| Field | Value |', '| --- | --- |']
        .concat(rows.map(([k, v]) => `| ${k} | ${v} |`))
        .join('\n');
}
function jobRequirements(f) {
    const where = f.workflowPath === null
        ? 'The publish job'
        : `The publish job, in ${code(f.workflowPath)},`;
    if (f.environment === null) {
        return `${where} needs \`permissions: id-token: write\`. Without an environment, any job of that workflow that can get an id-token can publish.`;
    }
    return `${where} needs ${code(`environment: ${inlineYaml(f.environment)}`)} and \`permissions: id-token: write\`.`;
}
function gapList(f) {
    const notes = [...f.gaps];
    if (!f.knownIndex) {
        notes.push(`Trusted publishing is offered by PyPI and TestPyPI; check that ${code(f.indexName)} offers it.`);
    }
    return notes.map(n => `- \u26a0\ufe0f ${n}`).join('\n');
}
function claimsBlock(result, f) {
    if (result.status === 'unavailable') {
        return `OIDC claims are not shown: ${cell(result.reason)}`;
    }
    if (result.status === 'failed') {
        return `\u26a0\ufe0f OIDC claims could not be read: ${cell(result.reason)}`;
    }
    const rows = MATCHED_CLAIMS.filter(n => result.claims[n] !== undefined).map(n => `| \`${n}\` | ${code(result.claims[n] ?? '')} |`);
    const table = ['| Claim | Value |', '| --- | --- |', ...rows].join('\n');
    return [
        `<details><summary>OIDC claims of this job (audience ${cell(result.audience)})</summary>`,
        table,
        reusableNote(result.claims.job_workflow_ref, f),
        '</details>'
    ]
        .filter(part => part !== '')
        .join('\n\n');
}
// The index matches `job_workflow_ref`: in a reusable workflow it names the
// called file, not the caller the form above was derived from.
function reusableNote(jobWorkflowRef, f) {
    const called = jobWorkflowRef === undefined ? null : parseWorkflowRef(jobWorkflowRef);
    if (called === null || f.workflow === null || called.file === f.workflow)
        return '';
    return `This job runs in the reusable workflow ${code(called.path)}: a publish step there would be matched as ${code(called.file)}, not ${code(f.workflow)}.`;
}
function render_trusted_publisher_link(url) {
    const target = url.replace(/[\s()<>[\]`|\\"]/g, urlEscape);
    const text = cell(url.replace(/^https?:\/\//, '')).replace(/[[\]]/g, '\\$&');
    return `[${text}](${target})`;
}
// encodeURIComponent leaves parentheses alone; they would end the link.
function urlEscape(c) {
    if (c === '(')
        return '%28';
    if (c === ')')
        return '%29';
    return encodeURIComponent(c);
}
// A value that YAML reads back as the same string after `key: `.
function inlineYaml(value) {
    return /^[A-Za-z0-9_.-]+$/.test(value) ? value : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./build/engine/publishing/job-graph.js
/** Every job of the top workflow and of the local workflows it calls. */
function jobNodes(top) {
    const nodes = new Map();
    const add = (w, prefix, caller) => {
        for (const job of w.jobs) {
            const key = prefix + job.id;
            const needs = job.needs.map(n => prefix + n);
            nodes.set(key, { key, job, workflow: w, caller, needs });
            if (job.called !== null)
                add(job.called, `${key}/`, key);
        }
    };
    add(top, '', null);
    return nodes;
}
/**
 * The node of the job running now (`GITHUB_JOB` is a job id without its
 * caller's), preferring the shallowest; `null` when no job with steps has
 * that id.
 */
function findCurrentJob(nodes, jobId) {
    let best = null;
    for (const node of nodes.values()) {
        if (node.job.id !== jobId || node.job.uses !== null)
            continue;
        if (best === null || depth(node) < depth(best))
            best = node;
    }
    return best;
}
function depth(node) {
    return node.key.split('/').length;
}
/**
 * Every job that must finish before `key` starts: its `needs`, what they
 * need, everything inside a needed workflow call, and, for a job inside a
 * called workflow, whatever its caller waits for.
 */
function jobsBefore(nodes, key) {
    const called = calledJobs(nodes);
    const before = new Set();
    const expanded = new Set();
    const expand = (k) => {
        const node = nodes.get(k);
        if (node === undefined || expanded.has(k))
            return;
        expanded.add(k);
        for (const dep of node.needs) {
            for (const inside of [dep, ...(called.get(dep) ?? [])])
                before.add(inside);
            expand(dep);
        }
        // A called workflow's jobs start once their caller's needs are met.
        if (node.caller !== null)
            expand(node.caller);
    };
    expand(key);
    return before;
}
// Every job run by a calling job, however deep the calls nest.
function calledJobs(nodes) {
    const out = new Map();
    for (const node of nodes.values()) {
        for (let c = node.caller; c !== null; c = nodes.get(c)?.caller ?? null) {
            const list = out.get(c) ?? [];
            list.push(node.key);
            out.set(c, list);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/engine/publishing/publish-jobs.js
/** The action whose step uploads to the index. */
const PUBLISH_ACTION = 'pypa/gh-action-pypi-publish';
/** This action, as workflows name it (its `node20` variant included). */
const CHECK_ACTION = 'pypi-preflight/pypi-preflight';
// Actions that mint an id-token for their own use; a job running one has a
// reason of its own to hold `id-token: write`.
const OIDC_ACTIONS = [
    PUBLISH_ACTION,
    'actions/attest',
    'actions/attest-build-provenance',
    'actions/attest-sbom',
    'sigstore/gh-action-sigstore-python',
    'sigstore/cosign-installer',
    'aws-actions/configure-aws-credentials',
    'google-github-actions/auth',
    'azure/login',
    'codecov/codecov-action',
    'hashicorp/vault-action',
    'rust-lang/crates-io-auth-action',
    'pyo3/maturin-action'
];
// Commands in `run:` that use an id-token: uploads and signing.
const OIDC_COMMANDS = /\b(?:publish|upload|attest|attestation|sign|cosign|sigstore|ACTIONS_ID_TOKEN_REQUEST_\w+)\b/i;
/** `owner/repo` (lower case) of a `uses:` value; `null` for local or docker actions. */
function actionName(uses) {
    if (uses.startsWith('./') || uses.startsWith('docker://'))
        return null;
    const at = uses.indexOf('@');
    const path = (at < 0 ? uses : uses.slice(0, at)).toLowerCase();
    return path.split('/').slice(0, 2).join('/');
}
/** Whether the step is the index upload. */
function isPublishStep(step) {
    return step.uses !== null && actionName(step.uses) === PUBLISH_ACTION;
}
/** The last segment of a workflow's path: what a trusted publisher names. */
function fileName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Whether the step runs this check. */
function isCheckStep(step) {
    return step.uses !== null && actionName(step.uses) === CHECK_ACTION;
}
/** The job's publish step, if it has one. */
function publishStep(job) {
    return job.steps.find(isPublishStep);
}
/** Whether the publish step authenticates with an id-token (no password given). */
function usesTrustedPublishing(step) {
    return (step.with.password ?? '').trim() === '';
}
/**
 * Whether the publish step uploads to the index at `indexUrl`: the action's
 * `repository-url` (default PyPI's upload URL) on the same host, an
 * `upload.` prefix aside. `null` when an expression hides it.
 */
function targetsIndex(step, indexUrl) {
    const target = step.with['repository-url'] ??
        step.with.repository_url ??
        'https://upload.pypi.org/legacy/';
    if (target.includes('${{'))
        return null;
    const a = hostOf(target);
    const b = hostOf(indexUrl);
    return a === null || b === null ? null : a === b;
}
function hostOf(url) {
    try {
        return new URL(url).host.toLowerCase().replace(/^upload\./, '');
    }
    catch {
        return null;
    }
}
/** Whether a permissions block grants `id-token: write`. */
function grantsIdToken(p) {
    return p.all === 'write' || p.scopes['id-token'] === 'write';
}
/**
 * Whether the job has a use for an id-token: it publishes, runs an action
 * or command that mints one, or calls a workflow that does (or that could
 * not be read, so might).
 */
function needsIdToken(job) {
    if (job.uses !== null) {
        return job.called === null || job.called.jobs.some(needsIdToken);
    }
    return job.steps.some(s => (s.uses !== null && OIDC_ACTIONS.includes(actionName(s.uses) ?? '')) ||
        (s.run !== null && OIDC_COMMANDS.test(s.run)));
}
/** The top workflow and every local workflow it calls, depth first. */
function workflowTree(top) {
    const out = [];
    const visit = (v) => {
        out.push(v);
        for (const job of v.workflow.jobs) {
            if (job.called === null)
                continue;
            visit({
                workflow: job.called,
                caller: { job, workflow: v.workflow },
                inheritedIdToken: jobGetsIdToken(job, v)
            });
        }
    };
    visit({ workflow: top, caller: null, inheritedIdToken: null });
    return out;
}
/**
 * Whether the job's token can mint an id-token. A job's `permissions:`
 * replaces the workflow's; a called workflow can only narrow what its
 * caller job was given; the default token never has `id-token: write`.
 */
function jobGetsIdToken(job, where) {
    const declared = job.permissions ?? where.workflow.permissions;
    if (declared === null)
        return where.inheritedIdToken ?? false;
    return grantsIdToken(declared) && (where.inheritedIdToken ?? true);
}

;// CONCATENATED MODULE: ./build/engine/publishing/gating-rule.js



/**
 * `publish/not-gated`: every publish job must start only after the job
 * running this check (`currentJob`, i.e. `GITHUB_JOB`) succeeded, or be
 * that job. When that job is not in the file (a local run, or another
 * workflow's file), the first job that runs pypi-preflight stands in.
 * Silent when there is neither.
 */
function notGated(top, currentJob) {
    const nodes = jobNodes(top);
    const gate = findGate(nodes, currentJob.trim());
    if (gate === null)
        return [];
    return [...nodes.values()]
        .filter(n => publishStep(n.job) !== undefined && n.key !== gate.node.key)
        .flatMap(n => gatingFinding(nodes, n, gate));
}
function findGate(nodes, currentJob) {
    const current = currentJob === '' ? null : findCurrentJob(nodes, currentJob);
    if (current !== null)
        return { node: current, role: 'the job running this check' };
    const checking = [...nodes.values()].find(n => n.job.steps.some(isCheckStep));
    return checking === undefined
        ? null
        : { node: checking, role: 'the job that runs pypi-preflight' };
}
function gatingFinding(nodes, node, { node: gate, role }) {
    const where = { file: node.workflow.file, line: node.job.line };
    if (!jobsBefore(nodes, node.key).has(gate.key)) {
        return [
            finding('publish/not-gated', 'error', `The publish job \`${node.job.id}\` does not wait for \`${gate.job.id}\`, ${role}: it can upload while the check runs, or after it failed.`, {
                ...where,
                hint: `Add \`needs: ${gate.job.id}\` to the job \`${node.job.id}\` (or to a job it needs).`
            })
        ];
    }
    const bypass = bypassingCondition(nodes, node);
    if (bypass === null)
        return [];
    return [
        finding('publish/not-gated', 'error', `The publish job \`${node.job.id}\` waits for \`${gate.job.id}\` but runs even when it fails: \`${bypass.job.id}\` has \`if: ${bypass.job.condition ?? ''}\`.`, {
            ...where,
            line: bypass.job.line,
            hint: `Drop \`always()\`/\`failure()\`/\`!cancelled()\` from that condition, or require \`needs.${gate.job.id}.result == 'success'\`.`
        })
    ];
}
// `always()`, `failure()` and `!cancelled()` let a job run after a job it
// needs failed, unless the condition tests that job's result itself.
function bypassingCondition(nodes, node) {
    for (let n = node; n !== undefined; n = nodes.get(n.caller ?? '')) {
        const c = n.job.condition ?? '';
        if (/\b(?:always|failure|cancelled)\s*\(/.test(c) && !c.includes('.result'))
            return n;
        if (n.caller === null)
            break;
    }
    return null;
}

;// CONCATENATED MODULE: ./build/engine/publishing/id-token-rules.js


/** `publish/id-token-missing`: trusted publishing without `id-token: write`. */
function idTokenMissing({ job, step, where }) {
    if (!usesTrustedPublishing(step) || jobGetsIdToken(job, where))
        return [];
    return [
        finding('publish/id-token-missing', 'error', `The publish job \`${job.id}\` cannot get an id-token (no \`id-token: write\` permission reaches it), so \`pypa/gh-action-pypi-publish\` cannot use trusted publishing and the upload fails.`, {
            file: where.workflow.file,
            line: job.permissions?.line ?? job.line,
            hint: `Add \`permissions: { id-token: write }\` to the job \`${job.id}\`${where.caller === null ? '' : ` and to the job \`${where.caller.job.id}\` that calls its workflow`}.`
        })
    ];
}
/**
 * `publish/id-token-too-wide`: `id-token: write` reaching jobs that neither
 * publish nor use an id-token otherwise.
 */
function idTokenTooWide(where) {
    // A called workflow cannot widen what its caller job was given.
    if (where.inheritedIdToken === false)
        return [];
    const w = where.workflow;
    const out = [];
    const top = w.permissions;
    if (top !== null && grantsIdToken(top)) {
        const idle = w.jobs.filter(j => j.permissions === null && !needsIdToken(j));
        if (idle.length > 0)
            out.push(tooWideAtTop(w, top, idle));
    }
    for (const job of w.jobs) {
        const p = job.permissions;
        if (p === null || !grantsIdToken(p) || needsIdToken(job))
            continue;
        out.push(finding('publish/id-token-too-wide', 'warning', `The job \`${job.id}\` is granted ${grant(p)} but does not publish or use an id-token: it can mint a token that the index accepts for this project when the trusted publisher names no environment.`, {
            file: w.file,
            line: p.line,
            hint: `Remove \`id-token: write\` from \`${job.id}\`; only the publish job needs it.`
        }));
    }
    return out;
}
function tooWideAtTop(w, p, idle) {
    const names = idle.slice(0, 5).map(j => `\`${j.id}\``);
    const more = idle.length > 5 ? ` and ${idle.length - 5} more` : '';
    return finding('publish/id-token-too-wide', 'warning', `The top-level \`permissions:\` of \`${fileName(w.file)}\` grants ${grant(p)} to every job that sets no permissions of its own, including ${names.join(', ')}${more}: each of them (and the build tools it runs) can mint a token that the index accepts for this project.`, {
        file: w.file,
        line: p.line,
        hint: 'Keep `permissions: { contents: read }` (or `{}`) at the top and grant `id-token: write` on the publish job only.'
    });
}
function grant(p) {
    return p.all === 'write'
        ? '`write-all` (which includes `id-token: write`)'
        : '`id-token: write`';
}

;// CONCATENATED MODULE: ./build/engine/publishing/workflow-lint.js




/**
 * Checks that the calling workflow can publish with trusted publishing and
 * only after this check passed. Silent when no job of the workflow (or of
 * the local workflows it calls) runs `pypa/gh-action-pypi-publish`: the
 * upload may live in another workflow.
 */
function lintWorkflow(top, ctx) {
    const tree = workflowTree(top);
    const publishing = tree.flatMap(where => where.workflow.jobs.flatMap(job => {
        const step = publishStep(job);
        return step === undefined ? [] : [{ job, step, where }];
    }));
    if (publishing.length === 0)
        return [];
    return distinct([
        ...publishing.flatMap(p => [
            ...reusableWorkflow(p),
            ...noEnvironment(p, ctx),
            ...environmentMismatch(p, ctx),
            ...idTokenMissing(p)
        ]),
        ...tree.flatMap(idTokenTooWide),
        ...notGated(top, ctx.currentJob)
    ]);
}
// A file called twice (from two jobs) would otherwise say the same twice.
function distinct(findings) {
    const seen = new Set();
    return findings.filter(f => {
        const key = JSON.stringify([f.id, f.file, f.line, f.message]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function reusableWorkflow({ step, where }) {
    const w = where.workflow;
    if (where.caller === null && !w.triggers.includes('workflow_call'))
        return [];
    const name = fileName(w.file);
    const via = where.caller === null
        ? `\`${name}\` can be called as a reusable workflow (\`on: workflow_call\`)`
        : `\`${name}\` is a reusable workflow, called by job \`${where.caller.job.id}\` of \`${fileName(where.caller.workflow.file)}\``;
    return [
        finding('publish/reusable-workflow', 'warning', `${via} and uploads with \`pypa/gh-action-pypi-publish\`. PyPI does not support trusted publishing from reusable workflows (pypi/warehouse#11096): it matches the \`job_workflow_ref\` claim, which names \`${name}\`, not the calling workflow, and refuses the upload when the workflow is called from another repository or at another ref.`, {
            file: w.file,
            line: step.line,
            hint: 'Move the publish job into the top-level workflow (`needs:` the job that calls the reusable one), so the trusted publisher names that file.'
        })
    ];
}
function noEnvironment({ job, where }, ctx) {
    if (job.environment !== null)
        return [];
    const env = ctx.environment.trim() || 'pypi';
    return [
        finding('publish/no-environment', 'warning', `The publish job \`${job.id}\` has no \`environment:\`, so the trusted publisher cannot be limited to one environment and no protection rule (required reviewers, allowed tags) guards the upload.`, {
            file: where.workflow.file,
            line: job.line,
            hint: `Add \`environment: ${env}\` to the job, protect it under Settings \u2192 Environments, and name the same environment in the trusted publisher.`
        })
    ];
}
function environmentMismatch({ job, step, where }, ctx) {
    const expected = ctx.environment.trim();
    const actual = job.environment?.name.trim() ?? '';
    if (expected === '' || actual === '' || actual.includes('${{'))
        return [];
    if (!usesTrustedPublishing(step) || targetsIndex(step, ctx.indexUrl) !== true)
        return [];
    // Warehouse compares environment names case-insensitively.
    if (actual.toLowerCase() === expected.toLowerCase())
        return [];
    return [
        finding('publish/environment-mismatch', 'notice', `The publish job \`${job.id}\` runs in environment "${actual}" but this check's \`environment\` input is "${expected}", so the trusted-publisher values shown name "${expected}".`, {
            file: where.workflow.file,
            line: job.environment?.line ?? job.line,
            hint: `Set \`environment: ${actual}\` on the pypi-preflight step, or use environment "${expected}" in the job; the trusted publisher must name the job's environment.`
        })
    ];
}

;// CONCATENATED MODULE: ./build/engine/publishing/index.js
/**
 * Trusted publishing: the index's form values for this workflow, the OIDC
 * claims it will match, and the lint of the workflow that publishes.
 */






;// CONCATENATED MODULE: ./build/engine/pyproject/relative-path.js
/**
 * Posix paths relative to the working directory. They may climb above it
 * with `..` (a Cargo workspace root, a monorepo's shared files), so leading
 * `..` segments are kept rather than clamped.
 */
/** Joins `path` onto `dir` and resolves `.` and `..`; undefined if absolute. */
function joinPath(dir, path) {
    const unified = path.replace(/\\/g, '/');
    if (unified.startsWith('/') || /^[A-Za-z]:/.test(unified))
        return undefined;
    const out = [];
    for (const part of `${dir}/${unified}`.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') {
            out.pop();
        }
        else {
            out.push(part);
        }
    }
    return out.length === 0 ? '.' : out.join('/');
}
/** The folder holding `path` (`.` for a bare file name). */
function parentDir(path) {
    return joinPath(path, '..') ?? '.';
}

;// CONCATENATED MODULE: ./build/engine/checks/publishing-check.js


/** Trusted publishing: the form values the index needs, and a lint of the publishing workflow. */
function checkPublishing(context, input) {
    const facts = trustedPublisherFacts({
        repository: context.repository,
        workflowRef: context.workflowRef,
        environment: input.environment,
        indexUrl: input.indexUrl,
        projectName: input.projectName,
        projectExists: projectExists(input.indexResponse)
    });
    const findings = context.workflow
        ? lintWorkflow(context.workflow, {
            currentJob: context.currentJob,
            environment: input.environment,
            indexUrl: input.indexUrl
        }).map(f => fromWorkingDirectory(f, context.root))
        : [];
    const detail = context.workflow
        ? `${facts.workflowPath ?? 'the calling workflow'} checked for trusted publishing`
        : `workflow not checked: ${context.workflowReason ?? 'not read'}`;
    return {
        facts,
        claims: context.claims,
        findings,
        detail,
        checked: context.workflow !== null
    };
}
// The lint names workflow files from the repository root; every other
// finding, and so the adapters, count from the working directory.
function fromWorkingDirectory(f, root) {
    const file = f.file === undefined ? undefined : joinPath(root, f.file);
    return file === undefined ? f : { ...f, file };
}
function projectExists(response) {
    if (response?.kind === 'found')
        return true;
    return response?.kind === 'not-found' ? false : null;
}

;// CONCATENATED MODULE: ./build/engine/readiness/readiness-findings.js

/** `readiness/nothing-to-release`: the version is an existing release's. */
function nothingToRelease(version, latest, newest) {
    const line = latest.tag === newest.tag
        ? ''
        : ` on a maintenance line (the newest release is '${newest.tag}')`;
    return finding('readiness/nothing-to-release', 'notice', `The project version ${version} is that of release tag '${latest.tag}'${line}: nothing to release.`);
}
/** `readiness/release-pending`: the version is new; its release is ahead. */
function releasePending(version, latest, newest) {
    const line = latest.tag === newest.tag
        ? ''
        : `, in its series; the newest release overall is '${newest.tag}', so this is a maintenance release`;
    return finding('readiness/release-pending', 'notice', `The project version ${version} is newer than ${latest.version}, the latest release (tag '${latest.tag}')${line}: a release is pending, so its changelog entry and the index are checked.`);
}
/** `readiness/version-regressed`: the version went down. */
function versionRegressed(version, latest, reachable) {
    const which = reachable
        ? 'the latest release in this branch\u2019s history'
        : 'the latest release';
    return finding('readiness/version-regressed', 'error', `The project version ${version} is lower than ${latest.version}, ${which} (tag '${latest.tag}'): versions must only go up.`, {
        hint: `Set the version above ${latest.version}, or back to ${latest.version} if nothing is to be released.`
    });
}
/** `readiness/first-release`: no release tag yet. */
function firstRelease(version, prefix) {
    return finding('readiness/first-release', 'notice', `No tag of the form '${prefix}<version>' exists yet: ${version} will be the first release.`);
}
/** `readiness/tags-unavailable`: the release tags could not be listed. */
function tagsUnavailable(version, note) {
    return finding('readiness/tags-unavailable', 'warning', `The release tags could not be listed (${note}), so whether ${version} is a new release is unknown.`, {
        hint: "Give actions/checkout 'fetch-depth: 0', or keep github-token set so the tags are read through the GitHub API."
    });
}

;// CONCATENATED MODULE: ./build/engine/readiness/release-tags.js

// Far above any real repository; past this, the rest is ignored.
const MAX_TAGS = 100_000;
/**
 * The release tags among `tags`, highest PEP 440 version first. Tags
 * without the prefix, tags whose rest is not a version, and local versions
 * (which no index accepts) are not releases and are left out.
 */
function releaseTags(tags, prefix) {
    const found = [];
    for (const tag of tags.slice(0, MAX_TAGS)) {
        if (!tag.startsWith(prefix) || tag.length > prefix.length + 200)
            continue;
        const rest = tag.slice(prefix.length);
        const parsed = rest.trim() === rest ? parseVersion(rest) : null;
        if (!parsed || parsed.local !== null)
            continue;
        found.push({ tag, version: formatVersion(parsed), parsed });
    }
    return found.sort((a, b) => compareVersions(b.parsed, a.parsed));
}
/**
 * Same release series: epoch and the first two release numbers
 * (`1.9.4` is in 1.9 with `1.9.0`; `1.9` and `1.9.0.1` too).
 */
function sameSeries(a, b) {
    return (a.epoch === b.epoch &&
        (a.release[0] ?? 0n) === (b.release[0] ?? 0n) &&
        (a.release[1] ?? 0n) === (b.release[1] ?? 0n));
}

;// CONCATENATED MODULE: ./build/engine/readiness/decide-readiness.js



/**
 * Compares the project version with the latest release tag, by PEP 440
 * order among the tags with the prefix. Tags from every branch (a shallow
 * clone, the GitHub API) include newer lines, so there a version below the
 * newest release still passes when it is a maintenance release: equal to a
 * release, or above every release of its own series (1.9.4 after 1.9.3
 * while 2.1.0 exists).
 */
function decideReadiness(input) {
    const version = parseVersion(input.version);
    if (!version)
        return decision('unknown', null, []);
    const tags = releaseTags(input.tags, input.prefix);
    const source = input.source ?? 'git';
    const newest = tags[0];
    if (!newest) {
        return source === 'none'
            ? decision('unknown', null, [
                tagsUnavailable(input.version, input.note ?? 'no source of tags')
            ])
            : decision('first-release', null, [
                firstRelease(input.version, input.prefix)
            ]);
    }
    const order = compareVersions(version, newest.parsed);
    if (order === 0) {
        return decision('unchanged', newest, [
            nothingToRelease(input.version, newest, newest)
        ]);
    }
    if (order > 0) {
        return decision('pending', newest, [
            releasePending(input.version, newest, newest)
        ]);
    }
    if (source !== 'git-merged') {
        const line = maintenanceLine(tags, input.version);
        if (line)
            return line;
    }
    return decision('regressed', newest, [
        versionRegressed(input.version, newest, source === 'git-merged')
    ]);
}
function maintenanceLine(tags, text) {
    const version = parseVersion(text);
    const newest = tags[0];
    if (!version || !newest)
        return null;
    const equal = tags.find(t => compareVersions(t.parsed, version) === 0);
    if (equal) {
        return decision('unchanged', equal, [nothingToRelease(text, equal, newest)]);
    }
    const series = tags.find(t => sameSeries(t.parsed, version));
    if (series && compareVersions(version, series.parsed) > 0) {
        return decision('pending', series, [releasePending(text, series, newest)]);
    }
    return null;
}
function decision(outcome, latest, findings) {
    return {
        outcome,
        latestTag: latest?.tag ?? null,
        latestVersion: latest?.version ?? null,
        releasePending: outcome === 'pending' || outcome === 'first-release',
        findings
    };
}

;// CONCATENATED MODULE: ./build/engine/package-index/index-endpoints.js
const WAREHOUSE_HOSTS = new Set(['pypi.org', 'test.pypi.org']);
// Simple API roots: `/simple` (PyPI, Artifactory, GitLab, Nexus) and
// devpi's `/+simple`.
const SIMPLE_ROOTS = new Set(['simple', '+simple']);
/**
 * The addresses to query for `name` on the index at `indexUrl`. The
 * index-url may be an index's base (`https://pypi.org`) or its Simple API
 * root (`https://host/api/pypi/repo/simple`), as pip's `--index-url` takes.
 */
function indexEndpoints(indexUrl, name) {
    const url = new URL(indexUrl);
    const base = url.href.replace(/\/+$/, '');
    const project = encodeURIComponent(normalizeProjectName(name));
    const last = base.slice(base.lastIndexOf('/') + 1);
    if (SIMPLE_ROOTS.has(last) && url.pathname !== '/') {
        return {
            jsonApi: null,
            jsonApiAuthoritative: false,
            simple: `${base}/${project}/`
        };
    }
    return {
        jsonApi: `${base}/pypi/${project}/json`,
        jsonApiAuthoritative: WAREHOUSE_HOSTS.has(url.hostname),
        simple: `${base}/simple/${project}/`
    };
}
/** PEP 503 name normalization: runs of `-`, `_` and `.` become `-`, lowercase. */
function normalizeProjectName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** True for PyPI and TestPyPI, where the JSON API and Warehouse's pages exist. */
function isWarehouse(indexUrl) {
    try {
        return WAREHOUSE_HOSTS.has(new URL(indexUrl).hostname);
    }
    catch {
        return false;
    }
}
/**
 * The URL without user name or password, for messages and logs: private
 * index-urls often carry a token as `https://user:token@host/simple`.
 */
function redactUrl(url) {
    try {
        const parsed = new URL(url);
        if (!parsed.username && !parsed.password)
            return url;
        parsed.username = '';
        parsed.password = '';
        return parsed.href;
    }
    catch {
        return url;
    }
}

;// CONCATENATED MODULE: ./build/engine/package-index/index-findings.js



/** `index/version-exists`: the version is taken, whatever is in dist. */
function versionExists(subject, mode, existing, parsed, problems) {
    const where = `'${subject.projectName}' ${subject.version} is already on ${redactUrl(subject.indexUrl)} (${describeExisting(existing)})`;
    const next = nextVersions(parsed);
    if (mode === 'readiness') {
        return finding('index/version-exists', 'error', `${where}: the version bump is missing, so this change could never be published as ${subject.version}.`, {
            hint: `Bump the project version (e.g. to '${next[0]}') and add a changelog entry for it.`
        });
    }
    const detail = problems.length > 0
        ? ` and the files here differ: ${problems.join('; ')}`
        : '';
    return finding('index/version-exists', 'error', `${where}${detail}. An index never accepts a version twice, and yanking does not free it.`, {
        hint: `Bump the version (e.g. to ${next.map(v => `'${v}'`).join(' or ')}), tag it and build again.`
    });
}
/** `index/already-published`: a re-run; every local file is already there. */
function alreadyPublished(subject, existing, count) {
    return finding('index/already-published', 'notice', `All ${count} file(s) of '${subject.projectName}' ${subject.version} are already on ${redactUrl(subject.indexUrl)} with the same sha256 (${describeExisting(existing)}): this is a re-run of a published release, and already-published is 'true'.`, {
        hint: "Skip the publish step when the output already-published is 'true'."
    });
}
/** `index/not-newest`: a release below the index's newest, e.g. a backport. */
function notNewest(subject, newest) {
    return finding('index/not-newest', 'notice', `'${subject.projectName}' ${subject.version} is lower than ${newest}, the newest release on ${redactUrl(subject.indexUrl)}: the index keeps ${newest} as its latest, and make-latest is 'false' so the GitHub release is not marked latest either.`);
}
/** `index/new-project`: the index has never heard of the project. */
function newProject(subject) {
    return finding('index/new-project', 'notice', `'${subject.projectName}' is not on ${redactUrl(subject.indexUrl)} yet: ${subject.version} will be its first release there.`, isWarehouse(subject.indexUrl)
        ? {
            hint: 'With trusted publishing, a first release needs a pending publisher, added under your account\u2019s Publishing settings on the index.'
        }
        : {});
}
/** `index/unreachable`: the index could not be asked; never a crash. */
function unreachable(subject, reason, strict) {
    return finding('index/unreachable', 'warning', `Could not ask ${redactUrl(subject.indexUrl)} whether '${subject.projectName}' ${subject.version} is already published: ${reason}. The index checks (version exists, re-run, make-latest, previous-version) were skipped.`, {
        hint: strict
            ? "Under strict this fails the step: check index-url and the runner's network, or set check-index: false to skip the index deliberately."
            : "Check index-url and the runner's network, or set check-index: false to skip the index."
    });
}
function describeExisting(existing) {
    const times = existing.flatMap(v => (v.uploadTime ? [v.uploadTime] : []));
    const first = times.sort()[0];
    const uploaded = first
        ? `uploaded ${first.slice(0, 10)}`
        : 'upload date unknown';
    if (!existing.every(v => v.yanked))
        return `${uploaded}, not yanked`;
    const reason = existing.find(v => v.yankedReason)?.yankedReason;
    return reason
        ? `${uploaded}, yanked: "${reason.replace(/\p{Cc}+/gu, ' ').slice(0, 200)}"`
        : `${uploaded}, yanked`;
}
/** The next version(s) to suggest: the next of the same kind, and a post-release. */
function nextVersions(v) {
    if (v.dev !== null)
        return [formatVersion({ ...v, dev: v.dev + 1n })];
    if (v.post !== null)
        return [formatVersion({ ...v, post: v.post + 1n })];
    if (v.pre) {
        return [formatVersion({ ...v, pre: { ...v.pre, n: v.pre.n + 1n } })];
    }
    const release = [...v.release];
    release[release.length - 1] = (release[release.length - 1] ?? 0n) + 1n;
    return [
        formatVersion({ ...v, release, local: null }),
        formatVersion({ ...v, post: 1n, local: null })
    ];
}

;// CONCATENATED MODULE: ./build/engine/package-index/decide-index.js


/**
 * Decides, from what the index holds, whether this version can still be
 * published. The index never takes a version twice and yanking (PEP 592)
 * does not free it, so an existing version is an error, except for a
 * re-run where every local file is already there with the same sha256.
 * Pre-releases are never latest; neither is a release below the newest
 * non-yanked final release on the index.
 */
function decideIndex(input) {
    const version = parseVersion(input.version);
    if (!version) {
        return decide_index_decision([], false, false, null);
    }
    const subject = input;
    const pre = isPrerelease(version);
    const { published } = input;
    if (published === 'not-found') {
        return decide_index_decision([newProject(subject)], false, !pre, null);
    }
    if ('unreachable' in published) {
        const warning = unreachable(subject, published.unreachable, input.strict);
        return decide_index_decision([warning], false, !pre, null);
    }
    const listed = published.versions.flatMap(entry => {
        const parsed = entry.normalized ? parseVersion(entry.normalized) : null;
        return parsed ? [{ entry, parsed }] : [];
    });
    const same = listed.filter(l => compareVersions(l.parsed, version) === 0);
    const others = listed.filter(l => !l.entry.yanked && compareVersions(l.parsed, version) !== 0);
    const newest = highest(others.filter(l => !isPrerelease(l.parsed)));
    const lower = others.filter(l => compareVersions(l.parsed, version) < 0 && (pre || !isPrerelease(l.parsed)));
    const previous = highest(lower)?.entry.normalized ?? null;
    const makeLatest = !pre && (!newest || compareVersions(version, newest.parsed) > 0);
    if (same.length > 0) {
        const existing = same.map(l => l.entry);
        const problems = fileProblems(input.localArtifacts, existing);
        if (input.mode === 'release' && problems.length === 0) {
            const notice = alreadyPublished(subject, existing, input.localArtifacts.length);
            return decide_index_decision([notice], true, makeLatest, previous);
        }
        const error = versionExists(subject, input.mode, existing, version, problems);
        return decide_index_decision([error], false, makeLatest, previous);
    }
    const findings = newest && compareVersions(version, newest.parsed) < 0
        ? [notNewest(subject, newest.entry.normalized ?? newest.entry.version)]
        : [];
    return decide_index_decision(findings, false, makeLatest, previous);
}
function decide_index_decision(findings, published, makeLatest, previousVersion) {
    return { findings, alreadyPublished: published, makeLatest, previousVersion };
}
function highest(list) {
    let best;
    for (const l of list) {
        if (!best || compareVersions(l.parsed, best.parsed) > 0)
            best = l;
    }
    return best;
}
const MAX_LISTED_PROBLEMS = 5;
/**
 * Why the local files are not exactly those on the index: each missing or
 * different file, at most a few, then a count. No local files at all
 * cannot prove a re-run.
 */
function fileProblems(local, existing) {
    if (local.length === 0)
        return ['there are no built files to compare'];
    const files = existing.flatMap(v => v.files);
    const problems = local.flatMap(artifact => {
        const file = files.find(f => f.filename === artifact.name);
        if (!file)
            return [`'${artifact.name}' is not on the index`];
        if (!file.sha256)
            return [`the index gives no sha256 for '${artifact.name}'`];
        const sha256 = artifact.sha256.toLowerCase();
        return file.sha256 === sha256
            ? []
            : [
                `'${artifact.name}' has sha256 ${sha256.slice(0, 12)}\u2026 here but ${file.sha256.slice(0, 12)}\u2026 on the index`
            ];
    });
    if (problems.length <= MAX_LISTED_PROBLEMS)
        return problems;
    const rest = problems.length - MAX_LISTED_PROBLEMS;
    return [...problems.slice(0, MAX_LISTED_PROBLEMS), `${rest} more`];
}

;// CONCATENATED MODULE: ./build/engine/package-index/index-body.js
/** Parses JSON text, or says why it is not JSON. */
function parseJson(body) {
    try {
        return { value: JSON.parse(body) };
    }
    catch (e) {
        return { malformed: `not valid JSON (${e.message})` };
    }
}
/** A plain JSON object (not an array, not null). */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value when it is a non-empty string (bounded), else `null`. */
function index_body_text(value, max = 1000) {
    return typeof value === 'string' && value !== '' ? value.slice(0, max) : null;
}

;// CONCATENATED MODULE: ./build/engine/package-index/published-project.js

// Far above any real project (the largest on PyPI hold a few thousand
// versions and a few hundred thousand files); past this, input is hostile.
const MAX_VERSIONS = 50_000;
const MAX_FILES = 500_000;
const SHA256 = /^[0-9a-f]{64}$/;
/** A sha256 digest when the text is one (any case), else `null`. */
function sha256Digest(value) {
    if (typeof value !== 'string' || value.length !== 64)
        return null;
    const lower = value.toLowerCase();
    return SHA256.test(lower) ? lower : null;
}
/**
 * Groups listed files into versions (PEP 440 equal spellings together),
 * adding versions known to exist without files. Bounded.
 */
function assembleProject(files, bareVersions = []) {
    const byKey = new Map();
    const add = (version) => {
        const key = normalizeVersion(version) ?? version;
        let entry = byKey.get(key);
        if (!entry) {
            if (byKey.size >= MAX_VERSIONS)
                return null;
            entry = { first: version, files: [] };
            byKey.set(key, entry);
        }
        return entry.files;
    };
    for (const file of files.slice(0, MAX_FILES))
        add(file.version)?.push(file);
    for (const version of bareVersions.slice(0, MAX_VERSIONS))
        add(version);
    return {
        versions: [...byKey.values()].map(e => toVersion(e.first, e.files))
    };
}
function toVersion(version, files) {
    const yanked = files.length > 0 && files.every(f => f.yanked);
    const times = files.flatMap(f => (f.uploadTime ? [f.uploadTime] : []));
    return {
        version,
        normalized: normalizeVersion(version),
        yanked,
        yankedReason: yanked
            ? (files.find(f => f.yankedReason)?.yankedReason ?? null)
            : null,
        // ISO 8601 UTC times order as text.
        uploadTime: times.sort()[0] ?? null,
        files: files.map(f => ({
            filename: f.filename,
            sha256: f.sha256,
            yanked: f.yanked
        }))
    };
}

;// CONCATENATED MODULE: ./build/engine/package-index/parse-json-api.js


/**
 * Reads a PyPI JSON API answer (`GET /pypi/{name}/json`): `releases` maps
 * each version to its files, each with `digests.sha256`,
 * `upload_time_iso_8601`, `yanked` and `yanked_reason`. A version listed
 * with no files still exists: its files were deleted, and the index never
 * takes the same file name again. An answer without `releases` (the
 * per-version endpoint, or a partial implementation) falls back to
 * `info.version` with `urls`. Anything not shaped so is ignored.
 */
function parseJsonApi(body) {
    const parsed = parseJson(body);
    if (!('value' in parsed))
        return parsed;
    const doc = parsed.value;
    if (!isRecord(doc) || !(isRecord(doc.releases) || isRecord(doc.info))) {
        return {
            malformed: "no 'releases' or 'info' object in the JSON API answer"
        };
    }
    const releases = isRecord(doc.releases)
        ? doc.releases
        : fromInfo(doc.info, doc.urls);
    const files = [];
    const versions = [];
    for (const [version, list] of Object.entries(releases)) {
        if (version === '' || version.length > 200)
            continue;
        versions.push(version);
        if (!Array.isArray(list))
            continue;
        for (const item of list) {
            const file = listedFile(version, item);
            if (file)
                files.push(file);
        }
    }
    return assembleProject(files, versions);
}
function fromInfo(info, urls) {
    const version = isRecord(info) ? index_body_text(info.version, 200) : null;
    return version === null ? {} : { [version]: Array.isArray(urls) ? urls : [] };
}
function listedFile(version, item) {
    if (!isRecord(item))
        return null;
    const filename = index_body_text(item.filename);
    if (filename === null)
        return null;
    const yanked = item.yanked === true;
    return {
        version,
        filename,
        sha256: isRecord(item.digests) ? sha256Digest(item.digests.sha256) : null,
        yanked,
        yankedReason: yanked ? index_body_text(item.yanked_reason) : null,
        uploadTime: index_body_text(item.upload_time_iso_8601, 64) ?? index_body_text(item.upload_time, 64)
    };
}

;// CONCATENATED MODULE: ./build/engine/package-index/filename-version.js

// Archive suffixes of sdists and old binary formats PyPI has held.
const filename_version_SUFFIXES = [
    '.tar.gz',
    '.tar.bz2',
    '.tar.xz',
    '.tar.z',
    '.tar',
    '.tgz',
    '.tbz',
    '.zip',
    '.egg',
    '.exe',
    '.msi',
    '.rpm',
    '.dmg'
];
/**
 * The version a distribution's file name carries, for the Simple API,
 * which lists files but not which version each belongs to. A wheel's
 * version is its second `-` field (the binary distribution format escapes
 * `-` in names); an egg's too. For sdists and older formats, whose legacy
 * names may hold `-`, the project's own name is matched (PEP 503
 * normalized) and the rest is the version. `null` when the name is not a
 * distribution of this project.
 */
function filenameVersion(filename, projectName) {
    const lower = filename.toLowerCase();
    if (lower.endsWith('.whl') || lower.endsWith('.egg')) {
        const parts = filename.slice(0, -4).split('-');
        return parts.length >= 2 && parts[1] !== '' ? (parts[1] ?? null) : null;
    }
    const suffix = filename_version_SUFFIXES.find(s => lower.endsWith(s));
    if (suffix === undefined)
        return null;
    return versionAfterName(filename.slice(0, -suffix.length), projectName);
}
/**
 * Walks the stem once, normalizing as it goes (PEP 503: a run of `-`, `_`
 * or `.` is one `-`), and stops at the first `-` where what came before is
 * the project's normalized name. Linear, however many dashes a hostile
 * name holds.
 */
function versionAfterName(stem, projectName) {
    const wanted = normalizeProjectName(projectName);
    let matched = 0;
    let inSeparator = false;
    for (let i = 0; i < stem.length; i++) {
        const c = stem[i] ?? '';
        if (c === '-' && i > 0 && matched === wanted.length) {
            return stem.slice(i + 1) || null;
        }
        const separator = c === '-' || c === '_' || c === '.';
        if (!(separator && inSeparator)) {
            if (wanted[matched] !== (separator ? '-' : c.toLowerCase()))
                return null;
            matched++;
        }
        inSeparator = separator;
    }
    return null;
}

;// CONCATENATED MODULE: ./build/engine/package-index/html-anchors.js
const MAX_ATTRIBUTES = 32;
const html_anchors_SPACE = new Set([' ', '\t', '\n', '\r', '\f']);
/**
 * The anchors of an HTML page, in order, at most `limit`. A forward-only
 * scan (no regular expression over the page), so any input, however
 * hostile, is read in linear time; markup it does not understand is
 * skipped.
 */
function scanAnchors(html, limit) {
    const anchors = [];
    let i = 0;
    while (anchors.length < limit) {
        const lt = html.indexOf('<', i);
        if (lt < 0)
            break;
        if (html.startsWith('!--', lt + 1)) {
            const end = html.indexOf('-->', lt + 4);
            i = end < 0 ? html.length : end + 3;
            continue;
        }
        const name = html[lt + 1];
        const next = html[lt + 2] ?? '';
        if ((name !== 'a' && name !== 'A') || !(html_anchors_SPACE.has(next) || next === '>')) {
            i = lt + 1;
            continue;
        }
        const tag = readAttributes(html, lt + 2);
        const close = html.indexOf('<', tag.end);
        const stop = close < 0 ? html.length : close;
        anchors.push({
            attributes: tag.attributes,
            text: decodeEntities(html.slice(tag.end, stop).trim())
        });
        i = stop;
    }
    return anchors;
}
function readAttributes(html, from) {
    const attributes = new Map();
    let i = from;
    while (i < html.length) {
        while (html_anchors_SPACE.has(html[i] ?? '') || html[i] === '/')
            i++;
        if (i >= html.length || html[i] === '>')
            break;
        const nameStart = i;
        while (i < html.length && !isNameEnd(html[i] ?? ''))
            i++;
        const name = html.slice(nameStart, i).toLowerCase();
        while (html_anchors_SPACE.has(html[i] ?? ''))
            i++;
        let value = '';
        if (html[i] === '=') {
            i++;
            while (html_anchors_SPACE.has(html[i] ?? ''))
                i++;
            const read = readValue(html, i);
            value = read.value;
            i = read.end;
        }
        if (name !== '' && attributes.size < MAX_ATTRIBUTES) {
            attributes.set(name, decodeEntities(value));
        }
        // A stray `=` or quote cannot stall the scan: always move on.
        if (i === nameStart)
            i++;
    }
    return { attributes, end: Math.min(i + 1, html.length) };
}
function isNameEnd(c) {
    return html_anchors_SPACE.has(c) || c === '=' || c === '>' || c === '/';
}
function readValue(html, i) {
    const quote = html[i];
    if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const end = close < 0 ? html.length : close;
        return { value: html.slice(i + 1, end), end: end + 1 };
    }
    let end = i;
    while (end < html.length && !html_anchors_SPACE.has(html[end] ?? '') && html[end] !== '>')
        end++;
    return { value: html.slice(i, end), end };
}
const NAMED = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'"
};
// Each alternative has a fixed character class and a bounded count, so the
// pattern matches in linear time.
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi;
/** Decodes the character references file names and URLs may hold. */
function decodeEntities(value) {
    if (!value.includes('&'))
        return value;
    return value.replace(ENTITY, (whole, ref) => {
        if (ref[0] !== '#')
            return NAMED[ref.toLowerCase()] ?? whole;
        const code = ref[1] === 'x' || ref[1] === 'X'
            ? parseInt(ref.slice(2), 16)
            : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

;// CONCATENATED MODULE: ./build/engine/package-index/parse-simple-html.js



// One anchor per file; a project page of more is not a real one.
const MAX_ANCHORS = 500_000;
/**
 * Reads a Simple API project page in its HTML form (PEP 503): one anchor
 * per file, the file name as its text, the digest as a `#sha256=` URL
 * fragment, and PEP 592's `data-yanked` attribute (its value the reason)
 * on yanked files. The HTML form has no upload times. Anchors that are not
 * distributions of the project are ignored.
 */
function parseSimpleHtml(body, projectName) {
    const files = [];
    for (const anchor of scanAnchors(body, MAX_ANCHORS)) {
        const file = parse_simple_html_listedFile(anchor, projectName);
        if (file)
            files.push(file);
    }
    return assembleProject(files);
}
function parse_simple_html_listedFile(anchor, projectName) {
    const href = anchor.attributes.get('href') ?? '';
    const filename = (anchor.text || lastSegment(href)).slice(0, 1000);
    const version = filenameVersion(filename, projectName);
    if (!version)
        return null;
    const hash = href.indexOf('#');
    const fragment = hash < 0 ? '' : href.slice(hash + 1);
    const reason = anchor.attributes.get('data-yanked');
    return {
        version,
        filename,
        sha256: fragment.startsWith('sha256=')
            ? sha256Digest(fragment.slice(7))
            : null,
        yanked: reason !== undefined,
        yankedReason: reason || null,
        uploadTime: null
    };
}
function lastSegment(href) {
    const path = href.split('#', 1)[0]?.split('?', 1)[0] ?? '';
    const segment = path.slice(path.lastIndexOf('/') + 1);
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}

;// CONCATENATED MODULE: ./build/engine/package-index/parse-simple-json.js



/**
 * Reads a Simple API project page in its JSON form (PEP 691): `files`,
 * each with `filename`, `hashes.sha256` and `yanked` (true, or the reason
 * as a string, PEP 592), plus `upload-time` and the project's `versions`
 * where the index implements PEP 700. PEP 691 asks clients to refuse an
 * unknown major `meta.api-version`.
 */
function parseSimpleJson(body, projectName) {
    const parsed = parseJson(body);
    if (!('value' in parsed))
        return parsed;
    const doc = parsed.value;
    if (!isRecord(doc) || !Array.isArray(doc.files)) {
        return { malformed: "no 'files' list in the Simple API JSON answer" };
    }
    const apiVersion = isRecord(doc.meta) ? index_body_text(doc.meta['api-version']) : null;
    if (apiVersion !== null && !apiVersion.startsWith('1.')) {
        return { malformed: `unsupported Simple API version '${apiVersion}'` };
    }
    const files = [];
    for (const item of doc.files) {
        const file = parse_simple_json_listedFile(item, projectName);
        if (file)
            files.push(file);
    }
    const versions = Array.isArray(doc.versions)
        ? doc.versions.flatMap(v => index_body_text(v, 200) ?? [])
        : [];
    return assembleProject(files, versions);
}
function parse_simple_json_listedFile(item, projectName) {
    if (!isRecord(item))
        return null;
    const filename = index_body_text(item.filename);
    const version = filename && filenameVersion(filename, projectName);
    if (!filename || !version)
        return null;
    const yanked = item.yanked === true || index_body_text(item.yanked) !== null;
    return {
        version,
        filename,
        sha256: isRecord(item.hashes) ? sha256Digest(item.hashes.sha256) : null,
        yanked,
        yankedReason: index_body_text(item.yanked),
        uploadTime: index_body_text(item['upload-time'], 64)
    };
}

;// CONCATENATED MODULE: ./build/engine/package-index/read-published-project.js



/**
 * Parses whatever the index answered into the project's versions. A body
 * that cannot be read counts as an unreachable index: the checks cannot
 * rely on it, and a warning says why.
 */
function readPublishedProject(response, projectName) {
    if (response.kind === 'not-found')
        return 'not-found';
    if (response.kind === 'unreachable') {
        return { unreachable: `${response.reason} (${response.url})` };
    }
    const parsed = response.source === 'json-api'
        ? parseJsonApi(response.body)
        : response.source === 'simple-json'
            ? parseSimpleJson(response.body, projectName)
            : parseSimpleHtml(response.body, projectName);
    if ('malformed' in parsed) {
        return {
            unreachable: `the answer from ${response.url} could not be read: ${parsed.malformed}`
        };
    }
    return parsed;
}

;// CONCATENATED MODULE: ./build/engine/checks/release-standing.js



// Readiness outcomes under which nothing would be released by merging.
const NOT_RELEASING = new Set(['unchanged', 'regressed']);
/**
 * Release mode always releases; readiness releases when the version moved
 * past the latest tag (or there is no tag to tell). Only then do the
 * changelog entry and the index matter: an unchanged version is already on
 * the index by definition.
 */
function decideStanding(input) {
    const readiness = input.mode === 'readiness' && input.version !== null
        ? decideReadiness({
            version: input.version,
            prefix: input.prefix,
            tags: input.releaseTags?.tags ?? [],
            source: input.releaseTags?.source ?? 'none',
            note: input.releaseTags?.note ?? 'tags were not read'
        })
        : null;
    const releasing = readiness === null || !NOT_RELEASING.has(readiness.outcome);
    const index = releasing && readiness?.outcome !== 'unknown' ? indexDecision(input) : null;
    return {
        readiness,
        index,
        releasing,
        findings: [...(readiness?.findings ?? []), ...(index?.findings ?? [])]
    };
}
function indexDecision(input) {
    if (!input.indexResponse || !input.version || !input.projectName)
        return null;
    return decideIndex({
        mode: input.mode,
        version: input.version,
        localArtifacts: input.localArtifacts,
        published: readPublishedProject(input.indexResponse, input.projectName),
        indexUrl: input.indexUrl,
        projectName: input.projectName,
        strict: input.strict
    });
}

;// CONCATENATED MODULE: ./build/engine/checks/tag-matches-project.js


/** Sources whose own syntax is not PEP 440 (Cargo needs SemVer), so spelling is not ours to judge. */
const FOREIGN_SYNTAX = new Set(['maturin-cargo', 'maturin-cargo-workspace']);
/**
 * Release mode: the tag's version must equal (PEP 440) what the project
 * declares; a VCS-derived version is the tag's by construction.
 */
function checkTagMatchesProject(tag, tagVersion, declaration) {
    if (declaration.kind !== 'declared')
        return { version: tagVersion, findings: [] };
    const declared = normalizeVersion(declaration.raw);
    const findings = spellingFindings(declaration, declared);
    if (declared === null || tagVersion === null || declared === tagVersion) {
        return { version: tagVersion ?? declared, findings };
    }
    const where = `${declaration.file}:${declaration.line}`;
    return {
        version: tagVersion,
        findings: [
            ...findings,
            finding('version/mismatch', 'error', `Tag '${tag}' is version '${tagVersion}', but the project declares '${declaration.raw}' (${describeSource(declaration.source)}, ${where}).`, {
                file: declaration.file,
                line: declaration.line,
                hint: placeholderHint(declared) ??
                    `Set the version in ${where} to '${tagVersion}' and tag again, or move the tag to the commit that declares it.`
            })
        ]
    };
}
/** Readiness mode: the declared version must be valid and normalized. */
function checkDeclaredVersion(declaration) {
    if (declaration.kind !== 'declared')
        return { version: null, findings: [] };
    const declared = normalizeVersion(declaration.raw);
    return {
        version: declared,
        findings: spellingFindings(declaration, declared)
    };
}
function spellingFindings(declaration, declared) {
    const place = { file: declaration.file, line: declaration.line };
    if (declared === null) {
        return [
            finding('version/invalid', 'error', `The project declares version '${declaration.raw}' (${describeSource(declaration.source)}), which is not a PEP 440 version.`, {
                ...place,
                hint: "Use a PEP 440 version such as '1.2.0', '1.2.0rc1' or '1.2.0.post1'."
            })
        ];
    }
    if (declared === declaration.raw || FOREIGN_SYNTAX.has(declaration.source))
        return [];
    return [
        finding('version/not-normalized', 'warning', `The project declares version '${declaration.raw}', whose normalized PEP 440 form is '${declared}'; the index and the built artifacts will say '${declared}'.`, { ...place, hint: `Write '${declared}'.` })
    ];
}
// A stand-in that a release workflow rewrites before building is a real
// pattern; say so rather than just "mismatch".
function placeholderHint(declared) {
    if (declared !== '0.0.0' && declared !== '0')
        return null;
    return `The files declare the placeholder '0.0.0'. If the workflow rewrites it before building, do that before this check runs (or add 'version/mismatch' to ignore and let the artifact checks compare the built version).`;
}
/** Human wording for a declaration source id. */
function describeSource(source) {
    const words = {
        static: '[project].version',
        'setuptools-attr': 'setuptools attr',
        'setuptools-file': 'setuptools file',
        'setup.cfg-attr': 'setup.cfg attr',
        'setup.cfg-file': 'setup.cfg file',
        'setup.cfg-static': 'setup.cfg [metadata] version',
        'hatch-path': 'hatch version path',
        'pdm-file': 'pdm version file',
        'flit-module': 'flit module __version__',
        poetry: '[tool.poetry].version',
        'maturin-cargo': 'Cargo.toml package version',
        'maturin-cargo-workspace': 'Cargo workspace package version',
        'scikit-build-core-regex': 'scikit-build-core regex'
    };
    return words[source] ?? source;
}

;// CONCATENATED MODULE: ./build/engine/package-index/index-page.js
/**
 * The release's page on a PyPI-like index: `{index}/project/{name}/{version}/`,
 * the address PyPI and TestPyPI (and Warehouse deployments) serve.
 */
function indexPageUrl(indexUrl, name, version) {
    const base = indexUrl.replace(/\/+$/, '');
    return `${base}/project/${encodeURIComponent(name)}/${encodeURIComponent(version)}/`;
}

;// CONCATENATED MODULE: ./build/engine/report/validation-report.js
/** Drops findings whose id (or `group/*`) is in `ignore`. */
function withoutIgnored(findings, ignore) {
    return findings.filter(f => !ignore.includes(f.id) && !ignore.includes(`${groupOf(f.id)}/*`));
}
/** `fail` on any error (or warning when strict), `warn` on any warning. */
function resultOf(findings, strict) {
    if (findings.some(f => f.severity === 'error'))
        return 'fail';
    if (findings.some(f => f.severity === 'warning'))
        return strict ? 'fail' : 'warn';
    return 'pass';
}
/** The group part of a check id: `version` for `version/mismatch`. */
function groupOf(id) {
    return id.split('/', 1)[0] ?? id;
}

;// CONCATENATED MODULE: ./build/engine/report/check-outcomes.js


// Finding groups reported under each row of the table.
const ROWS = [
    { group: 'tag', title: 'Tag', groups: ['tag'] },
    {
        group: 'version',
        title: 'Project version',
        groups: ['version', 'pyproject', 'file']
    },
    { group: 'changelog', title: 'Changelog', groups: ['changelog'] },
    { group: 'dist', title: 'Artifacts', groups: ['dist', 'metadata'] },
    { group: 'readiness', title: 'Release tags', groups: ['readiness'] },
    { group: 'index', title: 'Package index', groups: ['index'] },
    { group: 'publish', title: 'Trusted publishing', groups: ['publish'] }
];
/** The checks table: one row per area, with its status and a one-line detail. */
function checkOutcomes(findings, facts) {
    const details = {
        tag: tagDetail(facts.run, facts.tagVersion),
        version: versionDetail(facts.project, facts.version),
        changelog: facts.changelog,
        readiness: readinessDetail(facts.standing),
        index: indexDetail(facts.standing),
        publish: facts.publishing?.detail ?? '',
        dist: facts.dist
    };
    return ROWS.filter(row => (row.group !== 'readiness' || facts.run.mode === 'readiness') &&
        (row.group !== 'publish' || facts.publishing !== null)).map(row => {
        const own = findings.filter(f => row.groups.includes(groupOf(f.id)));
        const skipped = (row.group === 'index' && !facts.standing.index) ||
            (row.group === 'publish' && facts.publishing?.checked === false);
        return {
            group: row.group,
            title: row.title,
            status: skipped && own.length === 0 ? 'skip' : statusOf(own),
            detail: details[row.group] ?? ''
        };
    });
}
function statusOf(findings) {
    if (findings.some(f => f.severity === 'error'))
        return 'fail';
    return findings.some(f => f.severity === 'warning') ? 'warn' : 'pass';
}
function tagDetail(run, version) {
    if (run.mode === 'readiness')
        return 'not a release run: no tag to check';
    if (run.tag === null)
        return 'no tag';
    const from = {
        input: 'input',
        ref: 'pushed ref',
        'release-event': 'release event'
    };
    const source = run.tagSource ? ` (from the ${from[run.tagSource]})` : '';
    return version === null
        ? `'${run.tag}'${source} holds no version`
        : `'${run.tag}'${source} is version ${version}`;
}
function versionDetail(project, version) {
    if (!project)
        return 'no pyproject.toml';
    const d = project.declaration;
    if (d.kind === 'vcs') {
        return `${d.tool} derives the version from the tag at build time${version ? `: ${version}` : ''}`;
    }
    if (d.kind === 'unresolved')
        return `could not be read (${d.tried})`;
    return `'${d.raw}' from ${d.file}:${d.line} (${describeSource(d.source)})`;
}
function readinessDetail(standing) {
    const r = standing.readiness;
    if (!r)
        return 'not compared';
    const latest = r.latestTag ? ` (latest release tag '${r.latestTag}')` : '';
    const words = {
        unchanged: 'version unchanged since the last release: nothing to release',
        pending: 'version bumped: merging releases it',
        regressed: 'version lower than the last release',
        'first-release': 'no release tag yet: this will be the first release',
        unknown: 'release tags could not be read'
    };
    return `${words[r.outcome]}${latest}`;
}
function indexDetail(standing) {
    const i = standing.index;
    if (!standing.releasing)
        return 'not asked: nothing to release';
    if (!i)
        return 'not asked';
    if (i.alreadyPublished)
        return 'already published with the same files (a re-run)';
    const previous = i.previousVersion
        ? `; previous release ${i.previousVersion}`
        : '';
    return `${i.makeLatest ? 'will be the latest release' : 'will not be marked latest'}${previous}`;
}

// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(16353);
;// CONCATENATED MODULE: ./build/engine/version/semver-tag.js
/**
 * Release tags written as strict SemVer 2.0 (`1.2.3-rc.1`) and the PEP 440
 * version each one stands for (`1.2.3rc1`).
 */
// Only the parser: the package's index loads every range and comparison
// function too, which costs each start-up time for nothing.


const semver_tag_PRE_LABELS = {
    alpha: 'a',
    a: 'a',
    beta: 'b',
    b: 'b',
    rc: 'rc',
    c: 'rc',
    pre: 'rc',
    preview: 'rc'
};
// An optional PEP 440 pre-release label, then an optional `dev`, each with
// an optional number that may stand alone (`rc.1`) or be attached (`rc1`).
const PRERELEASE = /^(?:(alpha|a|beta|b|preview|pre|rc|c)(?:\.?([0-9]+))?)?(?:(?:^|\.)(dev)(?:\.?([0-9]+))?)?$/i;
// Words PEP 440 reads as a post-release, which sorts after the release.
const POST_LABEL = /^(?:post|rev|r)(?![a-z])/i;
/**
 * Maps a strict SemVer 2.0 version to the normalized PEP 440 version it
 * stands for: `1.2.3-rc.1` \u2192 `1.2.3rc1`, `-alpha` \u2192 `a0`, `-beta.2` \u2192 `b2`,
 * `-dev.4` \u2192 `.dev4`, `+build.5` \u2192 local `+build.5`. Take any tag prefix
 * such as `v` off first: SemVer has none. The mapping gives a tag its
 * meaning; it does not carry SemVer's ordering over (SemVer sorts `dev`
 * between `beta` and `rc`, PEP 440 before every pre-release). PyPI refuses
 * local versions, so a mapped `+build` is for the caller to judge.
 */
function semverToPep440(tag) {
    if (!isStrictSemver(tag))
        return { ok: false, reason: notSemver(tag) };
    const plus = tag.indexOf('+');
    const main = plus < 0 ? tag : tag.slice(0, plus);
    const dash = main.indexOf('-');
    const pre = dash < 0 ? null : main.slice(dash + 1);
    const suffix = pre === null ? '' : prereleaseSuffix(pre);
    if (suffix === null)
        return { ok: false, reason: noEquivalent(pre ?? '') };
    const core = dash < 0 ? main : main.slice(0, dash);
    const version = normalizeVersion(core + suffix + tag.slice(main.length));
    if (version === null) {
        const build = tag.slice(plus + 1);
        return {
            ok: false,
            reason: `build metadata '${build}' is not a PEP 440 local version label (letters and digits separated by single '.', '-' or '_')`
        };
    }
    return { ok: true, version };
}
function prereleaseSuffix(pre) {
    const [, label, n, dev, devN] = PRERELEASE.exec(pre) ?? [];
    if (label === undefined && dev === undefined)
        return null;
    const pep440Label = label && semver_tag_PRE_LABELS[label.toLowerCase()];
    const prePart = label === undefined ? '' : `${pep440Label}${n ?? '0'}`;
    return prePart + (dev === undefined ? '' : `.dev${devN ?? '0'}`);
}
// parseSemver() also takes a leading `v` and surrounding whitespace.
function isStrictSemver(text) {
    return /^[0-9]/.test(text) && !/\s$/.test(text) && parse(text) !== null;
}
function notSemver(tag) {
    if (/^[vV=]/.test(tag) && isStrictSemver(tag.slice(1))) {
        return `SemVer 2.0 has no '${tag[0]}' prefix; make it part of the tag prefix`;
    }
    if (isStrictSemver(tag.trim()))
        return 'it has whitespace around it';
    return 'expected MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]: three numbers without leading zeros, then dot-separated identifiers of letters, digits and hyphens';
}
function noEquivalent(pre) {
    if (POST_LABEL.test(pre)) {
        return `pre-release '${pre}' would be a PEP 440 post-release, which sorts after the release, not before it`;
    }
    return `pre-release '${pre}' has no PEP 440 equivalent; use alpha, beta, rc or dev, each optionally followed by .N`;
}

;// CONCATENATED MODULE: ./build/engine/version/tag.js



/**
 * Reads the version out of a tag: the literal prefix, then a PEP 440
 * version (`v1.2.0-RC1` holds `1.2.0rc1`). Under `semver` the rest must
 * also be strict SemVer 2.0.
 */
function readTagVersion(tag, prefix, scheme) {
    if (!tag.startsWith(prefix)) {
        return failed(tag, prefixFinding(tag, prefix));
    }
    const rest = tag.slice(prefix.length);
    const version = normalizeVersion(rest);
    if (version === null || rest.trim() !== rest) {
        return failed(tag, notVersionFinding(tag, prefix, rest));
    }
    if (scheme === 'semver') {
        const mapped = semverToPep440(rest);
        if (!mapped.ok) {
            return failed(tag, finding('tag/not-semver', 'error', `Tag '${tag}' leaves '${rest}' after the prefix '${prefix}', which is not strict SemVer 2.0 (${mapped.reason}).`, {
                hint: "Tag as MAJOR.MINOR.PATCH[-PRERELEASE], e.g. '1.2.0-rc.1', or set version-scheme: pep440."
            }));
        }
        return { tag, version: normalizeVersion(mapped.version), findings: [] };
    }
    return { tag, version, findings: [] };
}
function failed(tag, f) {
    return { tag, version: null, findings: [f] };
}
function prefixFinding(tag, prefix) {
    const guess = guessPrefix(tag);
    const hint = guess === null
        ? `Push a tag named '${prefix}<version>', or set tag-prefix to the text your tags start with.`
        : `Set tag-prefix: '${guess}' if your release tags look like '${tag}'.`;
    return finding('tag/prefix', 'error', `Tag '${tag}' does not start with the tag prefix '${prefix}'.`, { hint });
}
function notVersionFinding(tag, prefix, rest) {
    const guess = guessPrefix(tag);
    const hint = guess !== null && guess !== prefix
        ? `Set tag-prefix: '${guess}', or tag as '${prefix}<version>' with a PEP 440 version such as 1.2.0 or 1.2.0rc1.`
        : `Tag as '${prefix}<version>' with a PEP 440 version such as 1.2.0 or 1.2.0rc1.`;
    return finding('tag/not-pep440', 'error', `Tag '${tag}' leaves '${rest}' after the prefix '${prefix}', which is not a PEP 440 version.`, { hint });
}
/**
 * The prefix a tag seems to use: everything before the first digit after
 * which the rest is a version (`py-1.2.3` \u2192 `py-`, `pkg@1.0` \u2192 `pkg@`).
 * Version text never starts mid-number, so only digit starts are tried.
 */
function guessPrefix(tag) {
    for (let i = 0; i < tag.length && i < 200; i++) {
        const startsNumber = /[0-9]/.test(tag[i] ?? '') && !/[0-9]/.test(tag[i - 1] ?? '');
        if (startsNumber && normalizeVersion(tag.slice(i)) !== null) {
            return tag.slice(0, i);
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./build/engine/validate-release.js












/** Runs every check over the snapshot and returns the report. */
function validateRelease(snapshot, options) {
    const { run, project } = snapshot;
    const tagged = readTag(run, options);
    const verdict = versionVerdict(run, tagged, project);
    const name = project?.name?.normalized ?? null;
    const dist = distVerdict(snapshot.dist, name, verdict.version, options);
    const standing = decideStanding({
        mode: run.mode,
        version: verdict.version,
        prefix: options.tagPrefix,
        projectName: name,
        releaseTags: snapshot.releaseTags,
        indexResponse: snapshot.indexResponse,
        indexUrl: options.indexUrl,
        localArtifacts: dist.artifacts.map(a => ({
            name: a.name,
            sha256: a.sha256
        })),
        strict: options.strict
    });
    const indexPage = name && verdict.version
        ? indexPageUrl(options.indexUrl, name, verdict.version)
        : null;
    const changelog = standing.releasing
        ? checkChangelog(snapshot.changelog, {
            version: verdict.version,
            mode: run.mode,
            required: options.changelogRequired,
            today: snapshot.today,
            projectName: project?.name?.raw ?? null,
            indexLink: options.appendIndexLink ? indexPage : null
        })
        : null;
    const publishing = snapshot.publishing
        ? checkPublishing(snapshot.publishing, {
            environment: options.environment,
            indexUrl: options.indexUrl,
            projectName: name,
            indexResponse: snapshot.indexResponse
        })
        : null;
    const findings = withoutIgnored([
        ...run.findings,
        ...(tagged?.findings ?? []),
        ...(project
            ? project.findings
            : [missingPyproject(snapshot.workingDirectory)]),
        ...verdict.findings,
        ...gitFindings(snapshot, tagged, verdict.version, options.tagPrefix),
        ...dist.findings,
        ...standing.findings,
        ...(changelog?.findings ?? []),
        ...(publishing?.findings ?? [])
    ], options.ignore);
    const facts = releaseFacts(snapshot, verdict.version, standing, changelog);
    return {
        facts: { ...facts, indexPage },
        dist: snapshot.dist ? dist : null,
        checks: checkOutcomes(findings, {
            run,
            tagVersion: tagged?.version ?? null,
            project,
            version: verdict.version,
            changelog: changelogDetail(snapshot.changelog, changelog),
            standing,
            publishing: publishing
                ? { detail: publishing.detail, checked: publishing.checked }
                : null,
            dist: distDetail(snapshot.dist, dist)
        }),
        trustedPublisher: publishing
            ? { facts: publishing.facts, claims: publishing.claims }
            : null,
        findings,
        result: resultOf(findings, options.strict)
    };
}
function readTag(run, options) {
    return run.mode === 'release' && run.tag !== null
        ? readTagVersion(run.tag, options.tagPrefix, options.versionScheme)
        : null;
}
function versionVerdict(run, tagged, project) {
    if (!project)
        return { version: tagged?.version ?? null, findings: [] };
    if (tagged && run.tag !== null) {
        return checkTagMatchesProject(run.tag, tagged.version, project.declaration);
    }
    return checkDeclaredVersion(project.declaration);
}
function gitFindings(snapshot, tagged, version, prefix) {
    return decideGitFacts({
        mode: snapshot.run.mode,
        tag: snapshot.run.tag,
        tagExplicit: snapshot.run.tagSource === 'input',
        prefix,
        version: tagged?.version ?? version,
        declaration: snapshot.project?.declaration ?? null,
        git: snapshot.git,
        today: snapshot.today
    });
}
function releaseFacts(snapshot, version, standing, changelog) {
    const { project } = snapshot;
    const parsed = version === null ? null : parseVersion(version);
    const prerelease = parsed !== null && isPrerelease(parsed);
    return {
        mode: snapshot.run.mode,
        tag: snapshot.run.tag,
        version,
        prerelease,
        packageName: project?.name?.normalized ?? null,
        versionSource: project ? sourceText(project) : null,
        releaseNotes: changelog?.notes ?? null,
        notesSource: changelog?.notesSource ?? null,
        changelogFile: changelog?.file ?? null,
        changelogDate: changelog?.date ?? null,
        previousVersion: standing.index?.previousVersion ??
            standing.readiness?.latestVersion ??
            null,
        alreadyPublished: standing.index?.alreadyPublished ?? false,
        makeLatest: standing.index?.makeLatest ?? !prerelease,
        readiness: standing.readiness?.outcome ?? null
    };
}
function distVerdict(facts, name, version, options) {
    if (facts) {
        return checkDist({
            dist: facts,
            project: { name, version },
            expectedWheels: options.expectedWheels,
            expectedPlatforms: options.expectedPlatforms,
            requireSdist: options.requireSdist
        });
    }
    const required = options.expectedWheels !== null ||
        options.expectedPlatforms.length > 0 ||
        options.requireSdist;
    return {
        findings: required ? [missingDist(options.dist)] : [],
        artifacts: [],
        wheelCount: 0,
        sdist: null,
        wheelTable: { platforms: [], rows: [] }
    };
}
function missingDist(folder) {
    return finding('dist/missing', 'error', `The dist folder '${folder}' does not exist, but expected-wheels, expected-platforms or require-sdist asks for artifacts.`, {
        hint: "Download the built artifacts into it before this step (actions/download-artifact with 'merge-multiple: true'), or set 'dist' to where they are."
    });
}
function distDetail(facts, verdict) {
    if (!facts)
        return 'no dist folder: artifacts not checked';
    const sdist = verdict.sdist ? ' and an sdist' : ', no sdist';
    return `${verdict.wheelCount} wheel(s)${sdist} in ${facts.folder}`;
}
function missingPyproject(workingDirectory) {
    return finding('version/no-pyproject', 'error', `No pyproject.toml in the working directory '${workingDirectory}'.`, {
        hint: "Set working-directory to the folder holding pyproject.toml (e.g. 'bindings/python')."
    });
}
function sourceText(project) {
    const d = project.declaration;
    if (d.kind === 'vcs') {
        return `${d.tool} (from the tag; configured in ${d.file}:${d.line})`;
    }
    if (d.kind === 'unresolved')
        return `unresolved: ${d.tried}`;
    return `${d.file}:${d.line} (${describeSource(d.source)})`;
}
function changelogDetail(source, verdict) {
    if (verdict === null)
        return 'nothing to release: no entry needed';
    if (source.kind === 'disabled') {
        return 'changelog: none; release notes are generated';
    }
    if (source.kind === 'missing') {
        return 'no changelog file; release notes are generated';
    }
    if (verdict.notesSource === null)
        return `${source.file}: no version to look up`;
    const from = NOTES_SOURCE_WORDS[verdict.notesSource];
    const at = verdict.line === null ? '' : ` at line ${verdict.line}`;
    return `${source.file}: notes from ${from}${at}`;
}

;// CONCATENATED MODULE: ./build/engine/release-context.js

/**
 * Picks the tag (input, then a tag ref, then the release event) and the
 * mode: `auto` is `release` exactly when a tag was found.
 */
function resolveRun(mode, tagInput, ctx) {
    const found = findTag(tagInput, ctx);
    const resolved = mode === 'auto' ? (found.tag ? 'release' : 'readiness') : mode;
    if (resolved === 'release' && !found.tag) {
        return {
            mode: resolved,
            ...found,
            findings: [
                finding('tag/missing', 'error', `Release mode needs a tag, but the input 'tag' is empty and the run's ref '${ctx.ref || '(none)'}' is not a tag.`, {
                    hint: "Run on 'push: tags', on a 'release' event, or pass 'tag: v1.2.3'; use mode: readiness for branches and pull requests."
                })
            ]
        };
    }
    return { mode: resolved, ...found, findings: [] };
}
function findTag(tagInput, ctx) {
    if (tagInput)
        return { tag: tagInput, tagSource: 'input' };
    if (ctx.ref.startsWith('refs/tags/')) {
        return { tag: ctx.ref.slice('refs/tags/'.length), tagSource: 'ref' };
    }
    if (ctx.eventName === 'release' && ctx.releaseTagName) {
        return { tag: ctx.releaseTagName, tagSource: 'release-event' };
    }
    return { tag: null, tagSource: null };
}

;// CONCATENATED MODULE: ./build/engine/pyproject/resolution-context.js
/**
 * State shared by the version sources while one pyproject.toml is resolved:
 * the parsed document, its line index, a bounded file reader and the
 * findings gathered so far.
 */


/** Files above this size are not read: no real version file is this big. */
const MAX_FILE_CHARS = 5 * 1024 * 1024;
/** The 1-based line of a pyproject.toml key, or of its closest parent. */
function pyprojectLine(ctx, ...path) {
    return ctx.lines.lineOf(path);
}
/**
 * Reads a file a source refers to, given as written in the configuration.
 * An absolute, missing or oversized file becomes an error finding pointing
 * at the reference (`from`).
 */
function readReferenced(ctx, configured, tried, from) {
    const path = joinPath('.', configured);
    if (path === undefined) {
        return {
            failure: unresolved(ctx, tried, from, {
                message: `${tried} \u2192 '${configured}' is an absolute path`,
                hint: 'Give the path relative to the folder holding pyproject.toml.'
            })
        };
    }
    const text = ctx.read(path);
    if (text === undefined) {
        return {
            failure: resolution_context_fail(ctx, 'version/file-missing', tried, from, {
                message: `${tried} \u2192 ${path} does not exist`,
                hint: `Create ${path} or point the version source at the file that holds the version.`
            })
        };
    }
    if (text.length > MAX_FILE_CHARS) {
        return {
            failure: resolution_context_fail(ctx, 'file/too-large', tried, { file: path }, {
                message: `${tried} \u2192 ${path} is larger than 5 MB and was not read`,
                hint: 'Keep the version in a small file.'
            })
        };
    }
    return { path, text };
}
/**
 * Records that `tried` gave no version: one error finding and the matching
 * unresolved outcome.
 */
function unresolved(ctx, tried, where, text) {
    return resolution_context_fail(ctx, 'version/unresolved', tried, where, text);
}
/** Like `unresolved`, with a more specific finding id. */
function resolution_context_fail(ctx, id, tried, where, text) {
    ctx.findings.push(finding(id, 'error', text.message, {
        file: where.file,
        line: where.line,
        hint: text.hint
    }));
    return where.line === undefined
        ? { kind: 'unresolved', tried, file: where.file }
        : { kind: 'unresolved', tried, file: where.file, line: where.line };
}

;// CONCATENATED MODULE: ./build/engine/pyproject/setup-cfg.js
/**
 * A reader for setup.cfg with configparser's rules as setuptools uses them:
 * `key = value` or `key: value`, keys lowercased, indented lines continue
 * the previous value, whole-line `#` and `;` comments.
 */
/** Parses setup.cfg text; lines that are not options are skipped. */
function parseSetupCfg(text) {
    const doc = new Map();
    let section;
    // Continuation lines are gathered and joined once, keeping this linear.
    let open;
    const close = () => {
        if (open && section) {
            section.set(open.key, { value: open.parts.join('\n'), line: open.line });
        }
        open = undefined;
    };
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        if (/^\s*[#;]/.test(line))
            return;
        if (/^\s/.test(line)) {
            if (line.trim() !== '')
                open?.parts.push(line.trim());
            return;
        }
        close();
        const header = /^\[([^\]]{1,200})\]\s*$/.exec(line);
        if (header) {
            section = new Map();
            doc.set((header[1] ?? '').trim(), section);
            return;
        }
        const separator = line.search(/[=:]/);
        if (separator <= 0 || !section)
            return;
        open = {
            key: line.slice(0, separator).trim().toLowerCase(),
            line: i + 1,
            parts: [line.slice(separator + 1).trim()]
        };
    });
    close();
    return doc;
}
/** setuptools' list syntax: one item per line or comma-separated. */
function cfgList(value) {
    return value
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(s => s !== '');
}
/** setuptools' dict syntax: `key = value` items, one per line or comma-separated. */
function cfgDict(value) {
    const out = new Map();
    for (const item of cfgList(value)) {
        const eq = item.indexOf('=');
        if (eq !== -1)
            out.set(item.slice(0, eq).trim(), item.slice(eq + 1).trim());
    }
    return out;
}

;// CONCATENATED MODULE: ./build/engine/pyproject/python-assignment.js
/**
 * Reads a module-level string assignment such as `__version__ = "1.2.3"` or
 * `__version__: str = '1.2.3'` from Python source without running it, the
 * way setuptools, flit and pdm-backend read it statically.
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,200}$/;
/** True for a Python module path such as `pkg.sub.mod`. */
function isDottedName(name) {
    return name.split('.').every(part => IDENTIFIER.test(part));
}
/**
 * The first top-level assignment of a string literal to `name`; undefined
 * when there is none or `name` is not a Python identifier. Indented lines
 * are skipped: they sit inside a block and may not run.
 */
function findStringAssignment(source, name) {
    if (!IDENTIFIER.test(name))
        return undefined;
    // Every part is bounded and the character classes do not overlap, so the
    // match is linear in the line length.
    const pattern = new RegExp(`^${name}[ \\t]*(?::[^=\\n]{0,200})?=[ \\t]*[rRuU]?` +
        `(?:"([^"\\\\\\n]{1,200})"|'([^'\\\\\\n]{1,200})')`, 'm');
    const m = pattern.exec(source);
    if (!m)
        return undefined;
    return { value: m[1] ?? m[2] ?? '', line: lineAt(source, m.index) };
}
/** The 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset;) {
        line++;
        i = text.indexOf('\n', i + 1);
    }
    return line;
}

;// CONCATENATED MODULE: ./build/engine/pyproject/version-declaration.js
/**
 * What a project declares about its version, as found in its files. The
 * caller compares it with the tag; nothing here knows about tags.
 */
/** Builds a declared version. */
function declared(source, raw, file, line) {
    return { kind: 'declared', source, raw, file, line };
}
/** Builds a VCS-derived version, leaving out unknown optional fields. */
function vcs(tool, line, extra) {
    const out = {
        kind: 'vcs',
        tool,
        file: 'pyproject.toml',
        line
    };
    if (extra.tagPattern !== undefined)
        out.tagPattern = extra.tagPattern;
    if (extra.placeholder !== undefined)
        out.placeholder = extra.placeholder;
    return out;
}

;// CONCATENATED MODULE: ./build/engine/pyproject/setuptools-directives.js
/**
 * setuptools' `attr` and `file` directives, shared by pyproject.toml and
 * setup.cfg. `attr` is read statically: find the module the way setuptools
 * does (honouring `package-dir`), then the attribute's string literal, as
 * setuptools' own `StaticModule` tries before importing.
 */




/** A layout; like setuptools, a single `where` folder maps the root package. */
function packageLayout(packageDir, where) {
    const [only] = where;
    if (where.length === 1 && only !== undefined && joinPath('.', only) !== '.') {
        if (!packageDir.has(''))
            packageDir.set('', only);
    }
    return { packageDir, where };
}
/** Reads the first line of a `file` directive's first existing file. */
function resolveFileDirective(ctx, files, source, at) {
    const label = source === 'setuptools-file' ? 'setuptools file' : 'setup.cfg file';
    // setuptools skips listed files that do not exist.
    const configured = files.find(f => exists(ctx, f)) ?? files[0] ?? '';
    const tried = `${label} '${configured}'`;
    const read = readReferenced(ctx, configured, tried, at);
    if ('failure' in read)
        return read.failure;
    const first = (read.text.split('\n')[0] ?? '').trim();
    if (first === '') {
        return unresolved(ctx, tried, { file: read.path, line: 1 }, {
            message: `${tried} \u2192 ${read.path} is empty on its first line`,
            hint: `Write the version alone on the first line of ${read.path}, e.g. 1.2.3.`
        });
    }
    return declared(source, first, read.path, 1);
}
/** Resolves `attr = "pkg.mod.__version__"` to the literal it names. */
function resolveAttr(ctx, spec, layout, source, at) {
    const label = source === 'setuptools-attr' ? 'setuptools attr' : 'setup.cfg attr';
    const tried = `${label} '${spec}'`;
    const parts = spec.trim().split('.');
    const attr = parts.pop() ?? '';
    const module = parts.join('.') || '__init__';
    if (!isDottedName(module)) {
        return unresolved(ctx, tried, at, {
            message: `${tried} \u2192 '${module}' is not a Python module path`,
            hint: 'Write attr as "package.module.__version__".'
        });
    }
    const candidates = moduleFiles(module, layout);
    const path = candidates.find(p => ctx.read(p) !== undefined);
    if (path === undefined) {
        return unresolved(ctx, tried, at, {
            message: `${tried} \u2192 module '${module}' not found (looked for ${candidates.join(', ')})`,
            hint: `Point attr at an importable module, or map its folder with [tool.setuptools.package-dir], e.g. {"" = "src"}.`
        });
    }
    const read = readReferenced(ctx, path, tried, at);
    if ('failure' in read)
        return read.failure;
    const found = findStringAssignment(read.text, attr);
    if (!found) {
        return unresolved(ctx, tried, { file: path }, {
            message: `${tried} \u2192 ${path} has no ${attr} assignment`,
            hint: `Assign a string literal at module level in ${path}, e.g. ${attr} = "1.2.3"; a computed value cannot be checked before building.`
        });
    }
    return declared(source, found.value, path, found.line);
}
function exists(ctx, configured) {
    const path = joinPath('.', configured);
    return path !== undefined && ctx.read(path) !== undefined;
}
/** Candidate files for a module, most specific `package-dir` entry first. */
function moduleFiles(module, layout) {
    const parts = module.split('.');
    const starts = [
        packagePath(parts, layout.packageDir),
        ...[...layout.where, '.', 'src'].map(root => joinPath(root, parts.join('/')))
    ];
    const files = starts.flatMap(start => start === undefined ? [] : [`${start}.py`, `${start}/__init__.py`]);
    return [...new Set(files)];
}
// setuptools.discovery.find_package_path: the longest mapped prefix wins,
// then the "" entry, then the project root.
function packagePath(parts, packageDir) {
    for (let i = parts.length; i > 0; i--) {
        const mapped = packageDir.get(parts.slice(0, i).join('.'));
        if (mapped !== undefined) {
            return joinPath(mapped, parts.slice(i).join('/'));
        }
    }
    return joinPath(packageDir.get('') ?? '.', parts.join('/'));
}

;// CONCATENATED MODULE: ./build/engine/pyproject/setup-cfg-version-source.js
/**
 * `[metadata] version` in setup.cfg, which setuptools still reads when
 * pyproject.toml has no `[project]` table or leaves the version dynamic.
 */




const FILE = 'setup.cfg';
/** The version setup.cfg declares; undefined when it declares none. */
function setupCfgVersion(ctx) {
    if (ctx.read(FILE) === undefined)
        return undefined;
    const read = readReferenced(ctx, FILE, 'setup.cfg version', { file: FILE });
    if ('failure' in read)
        return read.failure;
    const cfg = parseSetupCfg(read.text);
    const version = cfg.get('metadata')?.get('version');
    if (!version)
        return undefined;
    const at = { file: FILE, line: version.line };
    const directive = /^(attr|file)\s*:\s*(.*)$/s.exec(version.value);
    if (!directive) {
        if (version.value !== '') {
            return declared('setup.cfg-static', version.value, FILE, version.line);
        }
        return unresolved(ctx, 'setup.cfg version', at, {
            message: 'setup.cfg version \u2192 [metadata] version is empty',
            hint: 'Set [metadata] version = 1.2.3, or version = attr: pkg.__version__.'
        });
    }
    const arg = (directive[2] ?? '').trim();
    if (directive[1] === 'file') {
        return resolveFileDirective(ctx, cfgList(arg), 'setup.cfg-file', at);
    }
    const options = cfg.get('options');
    const layout = packageLayout(cfgDict(options?.get('package_dir')?.value ?? ''), cfgList(cfg.get('options.packages.find')?.get('where')?.value ?? ''));
    return resolveAttr(ctx, arg, layout, 'setup.cfg-attr', at);
}
/** `[metadata] name` from setup.cfg, for projects without `[project]`. */
function setupCfgName(read) {
    const text = read(FILE);
    if (text === undefined || text.length > MAX_FILE_CHARS)
        return undefined;
    return parseSetupCfg(text).get('metadata')?.get('name')?.value;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function extract_isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!extract_isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!extract_isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!extract_isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!extract_isDigit(c) ||
        !extract_isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !extract_isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !extract_isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!extract_isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !extract_isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (extract_isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!extract_isDigit(c) || !extract_isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (extract_isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse_parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse_parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./build/engine/pyproject/toml-access.js
/** Parsing TOML without throwing, and typed reads from the loosely shaped result. */

/** Parses TOML; a syntax error is returned, never thrown. */
function parseToml(text) {
    try {
        return { toml: parse_parse(text) };
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        // smol-toml appends a code excerpt after the first line.
        const error = message.split('\n')[0] ?? message;
        return e instanceof TomlError ? { error, line: e.line } : { error };
    }
}
/** The value at a key path, or undefined when any step is missing. */
function valueAt(root, ...path) {
    let node = root;
    for (const key of path) {
        if (!isTable(node) || !Object.hasOwn(node, key))
            return undefined;
        node = node[key];
    }
    return node;
}
/** The table at a key path, or undefined when absent or not a table. */
function tableAt(root, ...path) {
    const node = valueAt(root, ...path);
    return isTable(node) ? node : undefined;
}
/** The string at a key path, or undefined when absent or not a string. */
function stringAt(root, ...path) {
    const node = valueAt(root, ...path);
    return typeof node === 'string' ? node : undefined;
}
/** The strings of an array at a key path; a lone string counts as one. */
function stringsAt(root, ...path) {
    const node = valueAt(root, ...path);
    if (typeof node === 'string')
        return [node];
    if (!Array.isArray(node))
        return [];
    return node.filter((item) => typeof item === 'string');
}
function isTable(node) {
    return typeof node === 'object' && node !== null && !Array.isArray(node);
}

;// CONCATENATED MODULE: ./build/engine/pyproject/toml-lines.js
/**
 * Finds the line where a TOML key is defined. smol-toml keeps no positions,
 * so this scans the text for table headers and key assignments and records
 * the full dotted path each line defines.
 */
const MAX_KEY_PARTS = 64;
/** Indexes the key definitions of a TOML document. */
function indexTomlLines(text) {
    const entries = scan(text);
    const firstLine = new Map();
    for (const { key, line } of entries) {
        if (!firstLine.has(key))
            firstLine.set(key, line);
    }
    return {
        lineOf(path) {
            for (let n = path.length; n > 0; n--) {
                const key = joinKey(path.slice(0, n));
                const exact = firstLine.get(key);
                if (exact !== undefined)
                    return exact;
                // A table only implied by a deeper header, e.g. [a.b.c] implies a.b.
                const deeper = entries.find(e => e.key.startsWith(`${key}\u0000`));
                if (deeper)
                    return deeper.line;
            }
            return undefined;
        }
    };
}
function scan(text) {
    const entries = [];
    let table = [];
    let openString = null;
    text.split('\n').forEach((line, i) => {
        if (openString !== null) {
            if (count(line, openString) % 2 === 1)
                openString = null;
            return;
        }
        const trimmed = line.trimStart();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        const header = trimmed.startsWith('[')
            ? toml_lines_parseKey(trimmed.replace(/^\[\[?/, ''))
            : undefined;
        if (header && /^\]\]?\s*(?:#.*)?$/.test(header.rest)) {
            table = header.keys;
            entries.push({ key: joinKey(table), line: i + 1 });
            return;
        }
        const assignment = toml_lines_parseKey(line);
        if (assignment && assignment.rest.trimStart().startsWith('=')) {
            entries.push({
                key: joinKey([...table, ...assignment.keys]),
                line: i + 1
            });
        }
        openString = openedMultilineString(line);
    });
    return entries;
}
// A line that opens a multi-line string without closing it hides the lines
// after it until the closing delimiter.
function openedMultilineString(line) {
    for (const delimiter of ['"""', "'''"]) {
        if (line.includes(delimiter) && count(line, delimiter) % 2 === 1) {
            return delimiter;
        }
    }
    return null;
}
function count(line, needle) {
    return line.split(needle).length - 1;
}
/** A dotted key at the start of `text` and what follows it. */
function toml_lines_parseKey(text) {
    const keys = [];
    let rest = text;
    // No real key has this many parts; the cap bounds hostile input.
    while (keys.length < MAX_KEY_PARTS) {
        const m = /^\s*(?:"((?:[^"\\\n]|\\.){0,1000})"|'([^'\n]{0,1000})'|([A-Za-z0-9_-]{1,1000}))\s*/.exec(rest);
        if (!m)
            return undefined;
        keys.push(m[1] !== undefined ? unescapeBasic(m[1]) : (m[2] ?? m[3] ?? ''));
        rest = rest.slice(m[0].length);
        if (!rest.startsWith('.'))
            return { keys, rest };
        rest = rest.slice(1);
    }
    return undefined;
}
function unescapeBasic(text) {
    return text.replace(/\\(["\\])/g, '$1');
}
function joinKey(keys) {
    return keys.join('\u0000');
}

;// CONCATENATED MODULE: ./build/engine/pyproject/flit-version-source.js
/**
 * flit_core with a dynamic version reads `__version__` from the module it
 * packages: `[tool.flit.module] name`, else the project name with `-` as
 * `_`, found as a package or a single file, at the root or under `src/`.
 */




/** The version flit_core would read from the module's `__version__`. */
function flitModuleVersion(ctx) {
    const configured = stringAt(ctx.doc, 'tool', 'flit', 'module', 'name');
    const name = configured ?? stringAt(ctx.doc, 'project', 'name')?.replace(/-/g, '_');
    const at = {
        file: 'pyproject.toml',
        line: configured === undefined
            ? pyprojectLine(ctx, 'project', 'dynamic')
            : pyprojectLine(ctx, 'tool', 'flit', 'module', 'name')
    };
    if (name === undefined) {
        return unresolved(ctx, 'flit module', at, {
            message: 'flit module \u2192 neither [tool.flit.module] name nor [project] name is set',
            hint: 'Set [project] name, or [tool.flit.module] name = "pkg".'
        });
    }
    const tried = `flit module '${name}'`;
    if (!isDottedName(name)) {
        return unresolved(ctx, tried, at, {
            message: `${tried} \u2192 not a Python module name`,
            hint: 'Set [tool.flit.module] name to the importable module, e.g. "my_pkg".'
        });
    }
    const base = name.split('.').join('/');
    const candidates = [
        `${base}/__init__.py`,
        `src/${base}/__init__.py`,
        `${base}.py`,
        `src/${base}.py`
    ];
    const path = candidates.find(p => ctx.read(p) !== undefined);
    if (path === undefined) {
        return unresolved(ctx, tried, at, {
            message: `${tried} \u2192 none of ${candidates.join(', ')} exists`,
            hint: 'Set [tool.flit.module] name to the importable module that holds __version__.'
        });
    }
    const read = readReferenced(ctx, path, tried, at);
    if ('failure' in read)
        return read.failure;
    const found = findStringAssignment(read.text, '__version__');
    if (!found) {
        return unresolved(ctx, tried, { file: read.path }, {
            message: `${tried} \u2192 ${read.path} has no __version__ assignment`,
            hint: `Assign a string literal at module level in ${read.path}, e.g. __version__ = "1.2.3".`
        });
    }
    return declared('flit-module', found.value, read.path, found.line);
}

;// CONCATENATED MODULE: ./build/engine/pyproject/python-regex.js
/**
 * Runs a Python `re` pattern from a build configuration (hatch `pattern`,
 * scikit-build-core `regex`) in JavaScript. Python's syntax differs in named
 * groups, leading inline flags, verbose mode and `\A`/`\Z`; patterns that use
 * anything else JavaScript rejects are reported, not guessed at.
 */
const FLAG_PREFIX = /^\(\?([aiLmsux]{1,8})\)/;
/**
 * Translates a Python pattern; `multiline` mirrors `re.MULTILINE`, which
 * both hatch and scikit-build-core pass.
 */
function compilePythonRegex(pattern, options) {
    let body = pattern;
    const flags = new Set(['d']);
    if (options.multiline)
        flags.add('m');
    if (options.global)
        flags.add('g');
    for (let m = FLAG_PREFIX.exec(body); m; m = FLAG_PREFIX.exec(body)) {
        for (const f of m[1] ?? '')
            flags.add(f);
        body = body.slice(m[0].length);
    }
    if (flags.has('L'))
        return { error: 'the L (locale) flag has no equivalent' };
    const verbose = flags.has('x');
    for (const f of ['a', 'u', 'x'])
        flags.delete(f);
    try {
        return { regex: new RegExp(translate(body, verbose), [...flags].join('')) };
    }
    catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
    }
}
/** Searches like `re.search`; undefined when nothing matches. */
function searchPython(regex, text) {
    const m = regex.exec(text);
    if (!m)
        return undefined;
    const named = m.groups ?? {};
    return {
        groups: m.slice(1),
        named,
        index: m.index,
        groupIndex: name => m.indices?.groups?.[name]?.[0]
    };
}
function translate(pattern, verbose) {
    let out = '';
    let inClass = false;
    let classStart = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            out += python_regex_escape(pattern[i + 1] ?? '', inClass, verbose);
            i++;
        }
        else if (inClass) {
            // Python reads a `]` right after `[` or `[^` as a literal.
            const literal = c === ']' && out.slice(classStart).replace(/^\^/, '') === '';
            out += literal ? '\\]' : c;
            if (c === ']' && !literal)
                inClass = false;
        }
        else if (c === '[') {
            inClass = true;
            out += c;
            classStart = out.length;
        }
        else if (verbose && /\s/.test(c)) {
            continue;
        }
        else if (verbose && c === '#') {
            const end = pattern.indexOf('\n', i);
            i = end === -1 ? pattern.length : end;
        }
        else if (pattern.startsWith('(?P<', i)) {
            out += '(?<';
            i += 3;
        }
        else if (pattern.startsWith('(?P=', i)) {
            const end = pattern.indexOf(')', i);
            out += `\\k<${pattern.slice(i + 4, end)}>`;
            i = end === -1 ? pattern.length : end;
        }
        else if (pattern.startsWith('(?#', i)) {
            const end = pattern.indexOf(')', i);
            i = end === -1 ? pattern.length : end;
        }
        else {
            out += c;
        }
    }
    return out;
}
function python_regex_escape(next, inClass, verbose) {
    if (!inClass && next === 'A')
        return '(?<![\\s\\S])';
    if (!inClass && next === 'Z')
        return '(?![\\s\\S])';
    // An escaped space or `#` is a literal in verbose mode; JavaScript
    // outside `u` mode accepts `\#` too, but a plain character is clearer.
    if (verbose && (next === '#' || /\s/.test(next)))
        return next;
    return `\\${next}`;
}

;// CONCATENATED MODULE: ./build/engine/pyproject/vcs-version-source.js
/**
 * Tools configured in pyproject.toml that take the version from the git tag
 * and are not tied to one backend's version table: setuptools-scm and
 * versioningit.
 */



/** `[tool.setuptools_scm]`, whose presence turns setuptools-scm on. */
function setuptoolsScm(ctx) {
    const key = ['tool', 'setuptools_scm'];
    if (!tableAt(ctx.doc, ...key))
        return undefined;
    return vcs('setuptools-scm', pyprojectLine(ctx, ...key) ?? 1, {
        tagPattern: setuptoolsScmTagRegex(ctx)
    });
}
/** setuptools-scm's `tag_regex` override, also used by other front ends. */
function setuptoolsScmTagRegex(ctx) {
    return stringAt(ctx.doc, 'tool', 'setuptools_scm', 'tag_regex');
}
/** `[tool.versioningit]`, which versioningit requires to be present. */
function versioningit(ctx) {
    const key = ['tool', 'versioningit'];
    if (!tableAt(ctx.doc, ...key))
        return undefined;
    return vcs('versioningit', pyprojectLine(ctx, ...key) ?? 1, {
        tagPattern: versioningitTagRegex(ctx)
    });
}
/** versioningit's `[tool.versioningit.tag2version] regex` override. */
function versioningitTagRegex(ctx) {
    return stringAt(ctx.doc, 'tool', 'versioningit', 'tag2version', 'regex');
}

;// CONCATENATED MODULE: ./build/engine/pyproject/hatch-version-source.js
/**
 * hatchling's `[tool.hatch.version]`: the default `regex` source reads
 * `path` with `pattern`; `vcs` (hatch-vcs) and `versioningit` take the tag.
 */






// hatchling.version.source.regex DEFAULT_PATTERN, searched with re.MULTILINE.
const DEFAULT_PATTERN = `(?i)^(__version__|VERSION) *= *([\\'"])v?(?P<version>.+?)\\2`;
const KEY = ['tool', 'hatch', 'version'];
/** The version hatchling would use; undefined when not configured. */
function hatchVersion(ctx) {
    const config = tableAt(ctx.doc, ...KEY);
    if (!config)
        return undefined;
    const source = stringAt(config, 'source') ?? 'regex';
    const line = pyprojectLine(ctx, ...KEY, 'source') ?? 1;
    switch (source) {
        case 'regex':
            return hatchPath(ctx, config);
        case 'vcs':
            return vcs('hatch-vcs', line, {
                tagPattern: stringAt(config, 'tag-pattern') ??
                    stringAt(config, 'raw-options', 'tag_regex')
            });
        case 'versioningit':
            return vcs('versioningit', line, {
                tagPattern: versioningitTagRegex(ctx)
            });
        default:
            return unresolved(ctx, `hatch version source '${source}'`, { file: 'pyproject.toml', line }, {
                message: `hatch version source '${source}' \u2192 computed at build time, so it cannot be read without running the build`,
                hint: 'Use [tool.hatch.version] path = "src/pkg/__about__.py" with a literal __version__, or source = "vcs".'
            });
    }
}
function hatchPath(ctx, config) {
    const path = stringAt(config, 'path');
    const at = {
        file: 'pyproject.toml',
        line: pyprojectLine(ctx, ...KEY, 'path')
    };
    if (path === undefined) {
        return unresolved(ctx, 'hatch path', at, {
            message: 'hatch path \u2192 [tool.hatch.version] has no path',
            hint: 'Set [tool.hatch.version] path = "src/pkg/__about__.py", or source = "vcs".'
        });
    }
    const tried = `hatch path '${path}'`;
    const custom = stringAt(config, 'pattern');
    const compiled = compilePythonRegex(custom ?? DEFAULT_PATTERN, {
        multiline: true
    });
    if ('error' in compiled) {
        return unresolved(ctx, tried, { file: 'pyproject.toml', line: pyprojectLine(ctx, ...KEY, 'pattern') }, {
            message: `${tried} \u2192 pattern cannot be used: ${compiled.error}`,
            hint: 'Use a pattern without Python-only syntax, with a group named version.'
        });
    }
    const read = readReferenced(ctx, path, tried, at);
    if ('failure' in read)
        return read.failure;
    const m = searchPython(compiled.regex, read.text);
    const version = m?.named.version;
    if (!m || version === undefined) {
        return unresolved(ctx, tried, { file: read.path }, {
            message: `${tried} \u2192 ${read.path} has no line matching ${custom === undefined ? 'the default pattern (__version__ = "\u2026")' : `pattern ${custom}`}`,
            hint: `Add __version__ = "1.2.3" to ${read.path}, or set [tool.hatch.version] pattern with a group named version.`
        });
    }
    const offset = m.groupIndex('version') ?? m.index;
    return declared('hatch-path', version, read.path, lineAt(read.text, offset));
}

;// CONCATENATED MODULE: ./build/engine/pyproject/cargo-manifest.js
/**
 * The version of a Rust crate as maturin reads it: `[package].version` of
 * its Cargo.toml, or, with `version.workspace = true`, the
 * `[workspace.package].version` of the workspace root, which is the nearest
 * parent folder whose Cargo.toml has a `[workspace]` table.
 */





// Deeper than any real repository; bounds the walk when no root exists.
const MAX_PARENT_LEVELS = 32;
/** Resolves the crate version declared by the Cargo.toml at `configured`. */
function crateVersion(ctx, configured, tried, at) {
    const read = readReferenced(ctx, configured, tried, at);
    if ('failure' in read)
        return read.failure;
    const crate = parseManifest(ctx, read.path, read.text, tried);
    if (!('toml' in crate))
        return crate;
    const version = valueAt(crate.toml, 'package', 'version');
    const lines = indexTomlLines(crate.text);
    const line = lines.lineOf(['package', 'version']);
    if (typeof version === 'string') {
        return declared('maturin-cargo', version, crate.path, line ?? 1);
    }
    if (valueAt(version, 'workspace') === true) {
        return workspaceVersion(ctx, crate, tried);
    }
    return unresolved(ctx, tried, { file: crate.path, line: line ?? lines.lineOf(['package']) }, {
        message: `${tried} \u2192 ${crate.path} has no [package] version`,
        hint: `Set version = "1.2.3" in [package] of ${crate.path}.`
    });
}
function workspaceVersion(ctx, crate, tried) {
    // A crate can be its own workspace root, so the search starts at its
    // folder; `package.workspace` names the root folder outright.
    const explicit = stringAt(crate.toml, 'package', 'workspace');
    const home = parentDir(crate.path);
    let dir = explicit === undefined ? home : (joinPath(home, explicit) ?? home);
    for (let level = 0; level < MAX_PARENT_LEVELS; level++) {
        const path = joinPath(dir, 'Cargo.toml') ?? 'Cargo.toml';
        if (ctx.read(path) !== undefined) {
            const root = workspaceRoot(ctx, path, tried);
            if (root)
                return root;
        }
        if (explicit !== undefined)
            break;
        dir = parentDir(dir);
    }
    return unresolved(ctx, tried, {
        file: crate.path,
        line: indexTomlLines(crate.text).lineOf(['package', 'version'])
    }, {
        message: `${tried} \u2192 ${crate.path} inherits its version from the workspace, but no parent Cargo.toml has a [workspace] table`,
        hint: `Set version = "1.2.3" in [package] of ${crate.path}, or in [workspace.package] of the workspace root.`
    });
}
/** The version of a workspace root, or undefined when `path` is no root. */
function workspaceRoot(ctx, path, tried) {
    const read = readReferenced(ctx, path, tried, { file: path });
    if ('failure' in read)
        return read.failure;
    const manifest = parseManifest(ctx, path, read.text, tried);
    if (!('toml' in manifest))
        return manifest;
    if (!tableAt(manifest.toml, 'workspace'))
        return undefined;
    const lines = indexTomlLines(manifest.text);
    const version = stringAt(manifest.toml, 'workspace', 'package', 'version');
    if (version === undefined) {
        return unresolved(ctx, tried, { file: path, line: lines.lineOf(['workspace', 'package']) }, {
            message: `${tried} \u2192 workspace root ${path} has no [workspace.package] version`,
            hint: `Set version = "1.2.3" in [workspace.package] of ${path}.`
        });
    }
    const line = lines.lineOf(['workspace', 'package', 'version']) ?? 1;
    return declared('maturin-cargo-workspace', version, path, line);
}
function parseManifest(ctx, path, text, tried) {
    const parsed = parseToml(text);
    if ('toml' in parsed)
        return { path, text, toml: parsed.toml };
    return unresolved(ctx, tried, { file: path, line: parsed.line }, {
        message: `${tried} \u2192 ${path} is not valid TOML: ${parsed.error}`,
        hint: `Fix the TOML syntax of ${path}.`
    });
}

;// CONCATENATED MODULE: ./build/engine/pyproject/maturin-version-source.js
/**
 * maturin with a dynamic version takes it from Cargo.toml next to
 * pyproject.toml, or from `[tool.maturin] manifest-path`.
 */



/** The version maturin would put in the wheel's metadata. */
function maturinCargoVersion(ctx) {
    const configured = stringAt(ctx.doc, 'tool', 'maturin', 'manifest-path');
    const manifest = configured ?? 'Cargo.toml';
    const line = configured === undefined
        ? pyprojectLine(ctx, 'project', 'dynamic')
        : pyprojectLine(ctx, 'tool', 'maturin', 'manifest-path');
    return crateVersion(ctx, manifest, `maturin Cargo.toml '${manifest}'`, {
        file: 'pyproject.toml',
        line
    });
}

;// CONCATENATED MODULE: ./build/engine/pyproject/pdm-version-source.js
/**
 * pdm-backend's `[tool.pdm.version]`: `file` reads `__version__` from
 * `path`, `scm` takes the git tag, `call` runs project code.
 */




const pdm_version_source_KEY = ['tool', 'pdm', 'version'];
/** The version pdm-backend would use; undefined when not configured. */
function pdmVersion(ctx) {
    const config = tableAt(ctx.doc, ...pdm_version_source_KEY);
    if (!config)
        return undefined;
    const source = stringAt(config, 'source');
    const line = pyprojectLine(ctx, ...pdm_version_source_KEY, 'source');
    if (source === 'scm') {
        return vcs('pdm-scm', line ?? 1, {
            tagPattern: stringAt(config, 'tag_regex')
        });
    }
    if (source !== 'file') {
        return unresolved(ctx, `pdm version source '${source ?? ''}'`, { file: 'pyproject.toml', line }, {
            message: `pdm version source '${source ?? ''}' \u2192 not readable without running the build`,
            hint: 'Set [tool.pdm.version] source = "file" with path = "src/pkg/__init__.py", or source = "scm".'
        });
    }
    return pdmFile(ctx, stringAt(config, 'path'));
}
function pdmFile(ctx, path) {
    const at = {
        file: 'pyproject.toml',
        line: pyprojectLine(ctx, ...pdm_version_source_KEY, 'path')
    };
    if (path === undefined) {
        return unresolved(ctx, 'pdm file', at, {
            message: 'pdm file \u2192 [tool.pdm.version] has no path',
            hint: 'Set [tool.pdm.version] path = "src/pkg/__init__.py".'
        });
    }
    const tried = `pdm file '${path}'`;
    const read = readReferenced(ctx, path, tried, at);
    if ('failure' in read)
        return read.failure;
    const found = findStringAssignment(read.text, '__version__');
    if (!found) {
        return unresolved(ctx, tried, { file: read.path }, {
            message: `${tried} \u2192 ${read.path} has no __version__ assignment`,
            hint: `Assign a string literal at module level in ${read.path}, e.g. __version__ = "1.2.3".`
        });
    }
    return declared('pdm-file', found.value, read.path, found.line);
}

;// CONCATENATED MODULE: ./build/engine/pyproject/poetry-version-source.js
/**
 * Poetry: `[tool.poetry].version`, unless poetry-dynamic-versioning is on,
 * in which case that version is only a placeholder for the tag's.
 */



/** `[tool.poetry].version`; undefined when absent. */
function poetryVersion(ctx) {
    const raw = stringAt(ctx.doc, 'tool', 'poetry', 'version');
    if (raw === undefined)
        return undefined;
    const line = pyprojectLine(ctx, 'tool', 'poetry', 'version') ?? 1;
    return declared('poetry', raw, 'pyproject.toml', line);
}
/**
 * poetry-dynamic-versioning, on through `enable = true` or through its own
 * build backend (unless explicitly disabled).
 */
function poetryDynamicVersioning(ctx) {
    const key = ['tool', 'poetry-dynamic-versioning'];
    const enable = valueAt(ctx.doc, ...key, 'enable');
    const viaBackend = ctx.backend?.startsWith('poetry_dynamic_versioning') === true;
    if (enable !== true && !(viaBackend && enable !== false))
        return undefined;
    const line = enable === true
        ? pyprojectLine(ctx, ...key, 'enable')
        : pyprojectLine(ctx, 'build-system', 'build-backend');
    return vcs('poetry-dynamic-versioning', line ?? 1, {
        tagPattern: stringAt(tableAt(ctx.doc, ...key), 'pattern'),
        placeholder: stringAt(ctx.doc, 'project', 'version') ??
            stringAt(ctx.doc, 'tool', 'poetry', 'version')
    });
}

;// CONCATENATED MODULE: ./build/engine/pyproject/python-format.js
/**
 * The subset of Python's `str.format` that version templates use:
 * `{name}`, `{0}`, `{}` and doubled braces. Conversions (`!r`), format
 * specs (`:>3`) and attribute lookups are refused rather than approximated.
 */
/** Fills a template; undefined when it uses unsupported syntax or fields. */
function formatPython(template, positional, named) {
    let out = '';
    let auto = 0;
    const re = /\{\{|\}\}|\{([^{}]{0,100})\}|[{}]/g;
    let last = 0;
    for (let m = re.exec(template); m; m = re.exec(template)) {
        out += template.slice(last, m.index);
        last = m.index + m[0].length;
        if (m[0] === '{{' || m[0] === '}}') {
            out += m[0][0];
            continue;
        }
        const field = m[1];
        if (field === undefined)
            return undefined;
        const value = field === ''
            ? positional[auto++]
            : /^[0-9]+$/.test(field)
                ? positional[Number(field)]
                : Object.hasOwn(named, field)
                    ? named[field]
                    : undefined;
        // Python prints an unmatched group as "None"; no version contains that.
        if (value === undefined)
            return undefined;
        out += value;
    }
    return out + template.slice(last);
}

;// CONCATENATED MODULE: ./build/engine/pyproject/scikit-build-version-source.js
/**
 * scikit-build-core's `[tool.scikit-build.metadata.version]` providers: the
 * regex provider reads `input` with `regex` and fills `result`; the
 * setuptools_scm provider takes the git tag.
 */







// scikit_build_core.metadata.regex defaults, searched with re.MULTILINE.
const DEFAULT_REGEX = `(?i)^(__version__|VERSION)(?: ?\\: ?str)? *= *([\\'"])v?(?P<value>.+?)\\2`;
const DEFAULT_RESULT = '{value}';
const REGEX_PROVIDER = 'scikit_build_core.metadata.regex';
const SCM_PROVIDER = 'scikit_build_core.metadata.setuptools_scm';
const scikit_build_version_source_KEY = ['tool', 'scikit-build', 'metadata', 'version'];
/** The version scikit-build-core would compute; undefined when not configured. */
function scikitBuildVersion(ctx) {
    const config = tableAt(ctx.doc, ...scikit_build_version_source_KEY);
    if (!config)
        return undefined;
    const provider = stringAt(config, 'provider') ?? '';
    const line = pyprojectLine(ctx, ...scikit_build_version_source_KEY, 'provider');
    if (provider === SCM_PROVIDER) {
        return vcs('setuptools-scm', line ?? 1, {
            tagPattern: setuptoolsScmTagRegex(ctx)
        });
    }
    if (provider !== REGEX_PROVIDER) {
        return unresolved(ctx, `scikit-build-core provider '${provider}'`, { file: 'pyproject.toml', line }, {
            message: `scikit-build-core provider '${provider}' \u2192 not readable without running the build`,
            hint: `Use provider = "${REGEX_PROVIDER}" with input = "<file>", or a static [project] version.`
        });
    }
    return regexProvider(ctx, config);
}
function regexProvider(ctx, config) {
    const input = stringAt(config, 'input');
    const at = {
        file: 'pyproject.toml',
        line: pyprojectLine(ctx, ...scikit_build_version_source_KEY, 'input')
    };
    if (input === undefined) {
        return unresolved(ctx, 'scikit-build-core regex', at, {
            message: 'scikit-build-core regex \u2192 [tool.scikit-build.metadata.version] has no input',
            hint: 'Set input = "src/pkg/__init__.py" (the file holding the version).'
        });
    }
    const tried = `scikit-build-core regex on '${input}'`;
    const settingsAt = {
        file: 'pyproject.toml',
        line: pyprojectLine(ctx, ...scikit_build_version_source_KEY, 'regex')
    };
    const compiled = compilePythonRegex(stringAt(config, 'regex') ?? DEFAULT_REGEX, {
        multiline: true
    });
    if ('error' in compiled) {
        return unresolved(ctx, tried, settingsAt, {
            message: `${tried} \u2192 regex cannot be used: ${compiled.error}`,
            hint: 'Use a regex without Python-only syntax.'
        });
    }
    const read = readReferenced(ctx, input, tried, at);
    if ('failure' in read)
        return read.failure;
    const m = searchPython(compiled.regex, read.text);
    if (!m) {
        return unresolved(ctx, tried, { file: read.path }, {
            message: `${tried} \u2192 ${read.path} has no match for the regex`,
            hint: 'Make regex match the version in the input file.'
        });
    }
    const template = stringAt(config, 'result') ?? DEFAULT_RESULT;
    const result = formatPython(template, m.groups, m.named);
    if (result === undefined) {
        return unresolved(ctx, tried, settingsAt, {
            message: `${tried} \u2192 result '${template}' names a group the regex did not capture, or uses unsupported format syntax`,
            hint: 'Use only {name} or {0} fields that the regex captures.'
        });
    }
    const removed = removePattern(stringAt(config, 'remove'), result);
    if (removed === undefined) {
        return unresolved(ctx, tried, settingsAt, {
            message: `${tried} \u2192 remove pattern cannot be used`,
            hint: 'Use a remove regex without Python-only syntax.'
        });
    }
    return declared('scikit-build-core-regex', removed, read.path, lineAt(read.text, m.index));
}
// `remove` deletes every match of a regex from the result.
function removePattern(pattern, text) {
    if (pattern === undefined)
        return text;
    const compiled = compilePythonRegex(pattern, {
        multiline: false,
        global: true
    });
    return 'error' in compiled ? undefined : text.replace(compiled.regex, '');
}

;// CONCATENATED MODULE: ./build/engine/pyproject/setuptools-version-source.js
/** setuptools' `[tool.setuptools.dynamic] version` in pyproject.toml. */



/** The version from `attr` or `file`; undefined when not configured. */
function setuptoolsDynamicVersion(ctx) {
    const key = ['tool', 'setuptools', 'dynamic', 'version'];
    const spec = tableAt(ctx.doc, ...key);
    if (!spec)
        return undefined;
    const attr = stringAt(spec, 'attr');
    if (attr !== undefined) {
        const line = pyprojectLine(ctx, ...key, 'attr');
        return resolveAttr(ctx, attr, layout(ctx), 'setuptools-attr', {
            file: 'pyproject.toml',
            line
        });
    }
    const files = stringsAt(spec, 'file');
    if (files.length > 0) {
        const line = pyprojectLine(ctx, ...key, 'file');
        return resolveFileDirective(ctx, files, 'setuptools-file', {
            file: 'pyproject.toml',
            line
        });
    }
    return unresolved(ctx, 'setuptools dynamic version', { file: 'pyproject.toml', line: pyprojectLine(ctx, ...key) }, {
        message: 'setuptools dynamic version \u2192 [tool.setuptools.dynamic] version has neither attr nor file',
        hint: 'Set [tool.setuptools.dynamic] version = { attr = "pkg.__version__" } or { file = "VERSION" }.'
    });
}
function layout(ctx) {
    const table = tableAt(ctx.doc, 'tool', 'setuptools', 'package-dir') ?? {};
    const packageDir = new Map();
    for (const [name, dir] of Object.entries(table)) {
        if (typeof dir === 'string')
            packageDir.set(name, dir);
    }
    const where = stringsAt(ctx.doc, 'tool', 'setuptools', 'packages', 'find', 'where');
    return packageLayout(packageDir, where);
}

;// CONCATENATED MODULE: ./build/engine/pyproject/backend-version-sources.js
/**
 * Which version sources a build backend consults, in the order it would.
 * Only the backend that builds the wheel decides: a leftover `[tool.hatch]`
 * table means nothing to setuptools.
 */










const SETUPTOOLS = {
    label: 'setuptools',
    sources: [
        setuptoolsDynamicVersion,
        setuptoolsScm,
        versioningit,
        setupCfgVersion
    ],
    hint: 'Add [tool.setuptools.dynamic] version = { attr = "pkg.__version__" } or { file = "VERSION" }, or an empty [tool.setuptools_scm] table to take it from the git tag.'
};
const POETRY = {
    label: 'poetry',
    sources: [poetryDynamicVersioning, poetryVersion],
    hint: 'Set [tool.poetry] version, or enable [tool.poetry-dynamic-versioning].'
};
// Top-level module of each backend, e.g. `hatchling` for `hatchling.build`.
const FAMILIES = [
    ['setuptools', SETUPTOOLS],
    [
        'hatchling',
        {
            label: 'hatchling',
            sources: [hatchVersion],
            hint: 'Add [tool.hatch.version] path = "src/pkg/__about__.py", or source = "vcs" with hatch-vcs.'
        }
    ],
    [
        'pdm',
        {
            label: 'pdm-backend',
            sources: [pdmVersion],
            hint: 'Add [tool.pdm.version] source = "file" with path = "src/pkg/__init__.py", or source = "scm".'
        }
    ],
    [
        'flit_core',
        {
            label: 'flit_core',
            sources: [flitModuleVersion],
            hint: 'Add __version__ = "1.2.3" to the module flit_core packages.'
        }
    ],
    ['poetry', POETRY],
    ['poetry_dynamic_versioning', POETRY],
    [
        'maturin',
        {
            label: 'maturin',
            sources: [maturinCargoVersion],
            hint: 'Set version in [package] of Cargo.toml.'
        }
    ],
    [
        'scikit_build_core',
        {
            label: 'scikit-build-core',
            sources: [scikitBuildVersion],
            hint: 'Add [tool.scikit-build.metadata.version] provider = "scikit_build_core.metadata.regex" with input = "<file>".'
        }
    ],
    [
        'mesonpy',
        {
            label: 'meson-python',
            sources: [],
            hint: 'meson-python takes a dynamic version from meson.build, which is not read here; set a static [project] version.'
        }
    ],
    [
        'uv_build',
        {
            label: 'uv_build',
            sources: [],
            hint: 'uv_build does not support a dynamic version; set a static [project] version.'
        }
    ]
];
// An unknown (often in-tree) backend: try every source whose configuration
// is present, in a fixed order.
const UNKNOWN = {
    label: 'the build backend',
    sources: [
        hatchVersion,
        pdmVersion,
        scikitBuildVersion,
        poetryDynamicVersioning,
        poetryVersion,
        ctx => tableAt(ctx.doc, 'tool', 'flit', 'module')
            ? flitModuleVersion(ctx)
            : undefined,
        ctx => tableAt(ctx.doc, 'tool', 'maturin')
            ? maturinCargoVersion(ctx)
            : undefined,
        ...SETUPTOOLS.sources
    ],
    hint: "Set a static [project] version, or configure your build backend's version source."
};
/**
 * The family of a `build-backend` value; no backend means setuptools, as
 * PEP 517 frontends fall back to its legacy backend.
 */
function backendFamily(backend) {
    if (backend === null)
        return SETUPTOOLS;
    const module = backend.split(/[.:]/)[0];
    return FAMILIES.find(([name]) => name === module)?.[1] ?? UNKNOWN;
}
/** The first version source the backend would use that is configured. */
function dynamicVersion(ctx, family) {
    for (const source of family.sources) {
        const found = source(ctx);
        if (found)
            return found;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/engine/pyproject/version-resolution.js
/**
 * How a static version, a dynamic one and a missing one are told apart, and
 * the findings each case raises besides the sources' own.
 */






const PYPROJECT = 'pyproject.toml';
/**
 * The declaration pyproject.toml makes: a static `[project].version` (which
 * poetry-dynamic-versioning may still override), else the first configured
 * source the build backend reads.
 */
function resolveDeclaration(ctx) {
    const family = backendFamily(ctx.backend);
    const value = valueAt(ctx.doc, 'project', 'version');
    if (value !== undefined)
        return staticVersion(ctx, value, family);
    const found = dynamicVersion(ctx, family);
    if (!found)
        return missingVersion(ctx, family);
    if (tableAt(ctx.doc, 'project') && !ctx.dynamic) {
        ctx.findings.push(finding('version/not-dynamic', 'warning', '[project] has no version and does not list "version" in dynamic; PEP 621 backends refuse this', {
            file: PYPROJECT,
            line: pyprojectLine(ctx, 'project'),
            hint: 'Add dynamic = ["version"] to [project].'
        }));
    }
    return found;
}
function staticVersion(ctx, value, family) {
    const line = pyprojectLine(ctx, 'project', 'version');
    if (typeof value !== 'string') {
        return unresolved(ctx, '[project] version', { file: PYPROJECT, line }, {
            message: '[project] version \u2192 is not a string',
            hint: 'Quote the version: version = "1.2.3".'
        });
    }
    if (ctx.dynamic) {
        ctx.findings.push(finding('version/static-and-dynamic', 'error', `[project] sets version = "${value}" and also lists "version" in dynamic`, {
            file: PYPROJECT,
            line: pyprojectLine(ctx, 'project', 'dynamic'),
            hint: 'Remove "version" from [project] dynamic, or remove the static version.'
        }));
    }
    // poetry-dynamic-versioning replaces even a static version at build time.
    const fromTag = family.sources.includes(poetryDynamicVersioning)
        ? poetryDynamicVersioning(ctx)
        : undefined;
    return fromTag ?? declared('static', value, PYPROJECT, line ?? 1);
}
function missingVersion(ctx, family) {
    if (ctx.dynamic) {
        return resolution_context_fail(ctx, 'version/dynamic-without-source', `${family.label} dynamic version`, { file: PYPROJECT, line: pyprojectLine(ctx, 'project', 'dynamic') }, {
            message: `[project] lists "version" in dynamic, but no version source that ${family.label} reads is configured`,
            hint: family.hint
        });
    }
    const project = tableAt(ctx.doc, 'project');
    return unresolved(ctx, 'pyproject.toml version', {
        file: PYPROJECT,
        line: project ? pyprojectLine(ctx, 'project') : undefined
    }, {
        message: project
            ? 'pyproject.toml declares no version: [project] has no version and does not list it in dynamic'
            : `pyproject.toml declares no version: there is no [project] table and no version source that ${family.label} reads is configured`,
        hint: 'Set [project] version = "1.2.3", or list "version" in [project] dynamic and configure the backend\'s version source.'
    });
}

;// CONCATENATED MODULE: ./build/engine/pyproject/project-version.js
/**
 * Resolves the version a Python project declares, reading its files the way
 * its build backend would but without executing anything: static
 * `[project].version`, a backend's dynamic source (a module's `__version__`,
 * a VERSION file, Cargo.toml, a regex over a header), or a VCS tool that
 * takes the version from the git tag.
 */






const project_version_PYPROJECT = 'pyproject.toml';
/** Resolves the declared version of the project whose pyproject.toml is given. */
function resolveProjectVersion(pyprojectText, read) {
    const findings = [];
    const doc = parsePyproject(pyprojectText, findings);
    if (!('doc' in doc)) {
        return { name: null, buildBackend: null, declaration: doc, findings };
    }
    const backend = stringAt(doc.doc, 'build-system', 'build-backend') ?? null;
    const ctx = {
        doc: doc.doc,
        lines: indexTomlLines(pyprojectText),
        backend,
        dynamic: stringsAt(doc.doc, 'project', 'dynamic').includes('version'),
        read: caching(read),
        findings
    };
    return {
        name: projectName(ctx),
        buildBackend: backend,
        declaration: resolveDeclaration(ctx),
        findings
    };
}
function parsePyproject(text, findings) {
    if (text.length > MAX_FILE_CHARS) {
        findings.push(finding('file/too-large', 'error', 'pyproject.toml is larger than 5 MB and was not read', {
            file: project_version_PYPROJECT,
            hint: 'Keep pyproject.toml to project metadata and tool settings.'
        }));
        return { kind: 'unresolved', tried: project_version_PYPROJECT, file: project_version_PYPROJECT };
    }
    const parsed = parseToml(text);
    if ('toml' in parsed)
        return { doc: parsed.toml };
    const where = parsed.line === undefined ? {} : { line: parsed.line };
    findings.push(finding('pyproject/invalid-toml', 'error', `pyproject.toml is not valid TOML: ${parsed.error}`, {
        file: project_version_PYPROJECT,
        ...where,
        hint: 'Fix the TOML syntax; every build tool rejects this file.'
    }));
    return { kind: 'unresolved', tried: project_version_PYPROJECT, file: project_version_PYPROJECT, ...where };
}
function projectName(ctx) {
    const raw = stringAt(ctx.doc, 'project', 'name') ??
        stringAt(ctx.doc, 'tool', 'poetry', 'name') ??
        setupCfgName(ctx.read);
    if (raw === undefined)
        return null;
    return { raw, normalized: raw.replace(/[-_.]+/g, '-').toLowerCase() };
}
// Sources probe several candidate files; each is read from disk once.
function caching(read) {
    const cache = new Map();
    return path => {
        if (!cache.has(path))
            cache.set(path, read(path));
        return cache.get(path);
    };
}

;// CONCATENATED MODULE: ./build/engine/report/render-text.js
const PLAIN = {
    red: s => s,
    yellow: s => s,
    green: s => s,
    dim: s => s,
    bold: s => s
};
/** The terminal report: facts, checks, findings, verdict. */
function renderText(report, style = PLAIN) {
    const f = report.facts;
    const lines = [
        style.bold(`pypi-preflight (${f.mode})`),
        `  tag:      ${f.tag ?? '-'}`,
        `  package:  ${f.packageName ?? '-'}`,
        `  version:  ${f.version ?? '-'}${f.prerelease ? ' (pre-release)' : ''}`,
        `  source:   ${f.versionSource ?? '-'}`,
        ''
    ];
    for (const c of report.checks) {
        const mark = {
            pass: style.green('ok  '),
            warn: style.yellow('warn'),
            fail: style.red('FAIL'),
            skip: style.dim('skip')
        };
        lines.push(`  ${mark[c.status]}  ${c.title}: ${c.detail}`);
    }
    if (report.findings.length > 0)
        lines.push('');
    for (const finding of report.findings)
        lines.push(...findingLines(finding, style));
    const verdict = {
        pass: style.green('PASS'),
        warn: style.yellow('PASS with warnings'),
        fail: style.red('FAIL')
    };
    lines.push('', `Result: ${verdict[report.result]}`);
    return lines.map(sanitize).join('\n') + '\n';
}
function findingLines(f, style) {
    const colour = { error: style.red, warning: style.yellow, notice: style.dim }[f.severity];
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
    const out = [`${where}${colour(f.severity)}: ${f.message} [${f.id}]`];
    if (f.hint)
        out.push(`    fix: ${f.hint}`);
    return out;
}
// Untrusted text must not drive the terminal: drop control characters
// other than our own colour codes (ESC followed by `[` digits `m`).
/* eslint-disable no-control-regex -- stripping them is the point */
const CONTROL = (/* unused pure expression or super */ null && (new RegExp('\\u001b(?!\\[[0-9;]*m)|[\\u0000-\\u0008\\u000b-\\u001a\\u001c-\\u001f\\u007f-\\u009f]', 'g')));
/* eslint-enable no-control-regex */
function sanitize(line) {
    return line.replace(CONTROL, '');
}

;// CONCATENATED MODULE: ./build/engine/index.js
/**
 * The engine's public API: pure decisions over text and bytes. Adapters
 * (the action and the CLI) import only from here.
 */










// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./build/version.js
/** This product's version, as in package.json (a test keeps them equal). */
const PRODUCT_VERSION = '0.1.0';

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./build/io/dist/archive-limits.js
// The largest real wheels (CUDA builds) hold a few GiB and tens of
// thousands of files. A member's facts take ~200 bytes: 250,000 of them
// keep the reading process within its 200 MB. Deflate cannot exceed
// ~1032:1, so 1000:1 on a large member is padding, never shipped code.
/** The limits used unless a caller narrows them. */
const DEFAULT_LIMITS = {
    maxEntries: 200_000,
    maxDistEntries: 250_000,
    maxTextBytes: 4 * 1024 * 1024,
    maxInflatedBytes: 8 * 1024 ** 3,
    bombRatio: 1000,
    bombMinBytes: 4 * 1024 * 1024,
    maxProblems: 100
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./build/io/dist/list-dist-folder.js


/**
 * Lists `folder` (not its sub-folders), sorted by name: regular files named
 * like a wheel or an sdist are artifacts; folders, links and any other
 * file are listed for the checks to judge. Null when the folder is absent.
 */
async function listDistFolder(folder) {
    let dirents;
    try {
        dirents = await (0,promises_.readdir)(folder, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return null;
        if (code === 'ENOTDIR')
            throw new Error(`dist folder ${JSON.stringify(folder)} is not a folder`);
        throw error;
    }
    dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const artifacts = [];
    const others = [];
    for (const dirent of dirents) {
        const kind = dirent.isFile() ? artifactKind(dirent.name) : null;
        const where = external_node_path_.join(folder, dirent.name);
        if (kind)
            artifacts.push({ path: where, file: dirent.name, kind });
        else
            others.push(await otherEntry(dirent, where));
    }
    return { artifacts, others };
}
function artifactKind(name) {
    if (name.endsWith('.whl'))
        return 'wheel';
    return name.endsWith('.tar.gz') || name.endsWith('.zip') ? 'sdist' : null;
}
async function otherEntry(dirent, where) {
    const kind = dirent.isDirectory()
        ? 'directory'
        : dirent.isSymbolicLink()
            ? 'symlink'
            : dirent.isFile()
                ? 'file'
                : 'other';
    const size = kind === 'directory' ? 0 : (await (0,promises_.lstat)(where)).size;
    return { name: dirent.name, kind, size };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./build/io/dist/archive-contents.js
/** Wheel members the checks read as text. */
const WHEEL_TEXT = /^[^/]+\.dist-info\/(?:METADATA|WHEEL|RECORD|entry_points\.txt)$/;
/** sdist members the checks read: PKG-INFO at the top and in `*.egg-info/`. */
const SDIST_TEXT = /^(?:\.\/)?(?:[^/]+\/)?PKG-INFO$|(?:^|\/)[^/]+\.egg-info\/PKG-INFO$/;
// eslint-disable-next-line no-control-regex -- matching them is the point
const archive_contents_CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** What reading one archive gathers: its members, the texts kept, and problems. */
class ArchiveContents {
    entries = [];
    texts = new Map();
    problems = [];
    limits;
    textPattern;
    dist;
    full = false;
    constructor(kind, limits, dist) {
        this.limits = limits;
        this.textPattern = kind === 'wheel' ? WHEEL_TEXT : SDIST_TEXT;
        this.dist = dist;
    }
    /**
     * Adds a member; false (with a problem, once) when the archive or the
     * whole dist already holds as many as the limits allow.
     */
    add(entry) {
        if (!this.room())
            return false;
        this.entries.push(entry);
        this.dist.kept++;
        return true;
    }
    /** Whether another member may be added. */
    room() {
        if (this.full)
            return false;
        const { maxEntries, maxDistEntries } = this.limits;
        if (this.entries.length >= maxEntries)
            this.tooMany(`holds more than ${maxEntries} members`);
        else if (this.dist.kept >= maxDistEntries)
            this.tooMany(`would take the dist folder past ${maxDistEntries} members`);
        return !this.full;
    }
    /** Stops taking members: `reason` says why. */
    tooMany(reason) {
        if (this.full)
            return;
        this.full = true;
        this.problem('dist/too-many-entries', `${reason}; only the first ${this.entries.length} were read`);
    }
    /** Bytes of this member to keep as text: the bound, or 0 for none. */
    textBound(name) {
        return this.textPattern.test(name) ? this.limits.maxTextBytes : 0;
    }
    /**
     * Keeps a member's text. A name seen twice keeps the later one, as
     * Python's zipfile and tarfile (and so installers) do.
     */
    keepText(name, bytes) {
        try {
            this.texts.set(name, utf8.decode(bytes));
        }
        catch {
            this.texts.set(name, lenientUtf8.decode(bytes));
            this.problem('dist/text-encoding', 'is not valid UTF-8', name);
        }
    }
    /** Records a problem; past the cap, one last problem says how many were left out. */
    problem(id, message, entry) {
        const count = this.problems.length;
        // Library messages may quote archive bytes: no control characters.
        const text = message.replace(archive_contents_CONTROL, '?');
        if (count < this.limits.maxProblems)
            this.problems.push(entry === undefined ? { id, message: text } : { id, message: text, entry });
        else if (count === this.limits.maxProblems)
            this.problems.push({
                id: 'dist/too-many-problems',
                message: `more than ${count} problems; the rest are not listed`
            });
    }
    /** The gathered facts, in the shape the checks take. */
    facts() {
        return {
            entries: this.entries,
            texts: Object.fromEntries(this.texts),
            problems: this.problems
        };
    }
}

// EXTERNAL MODULE: ./build/io/dist/hashed-file.js
var hashed_file = __nccwpck_require__(7792);
;// CONCATENATED MODULE: ./build/io/dist/read-artifact.js




/**
 * Reads one artifact, every byte once: its size and sha256 and, unless
 * `contents` is false, every member. Problems with the archive are facts;
 * only an unreadable file throws.
 */
async function readArtifact(artifact, limits, contents, members) {
    // No following a link swapped in since the folder was listed.
    const handle = await (0,promises_.open)(artifact.path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    try {
        const { size } = await handle.stat();
        const file = new hashed_file/* HashedFile */.y7(handle, size);
        const archive = new ArchiveContents(artifact.kind, limits, members);
        if (contents)
            await (await archiveReader(artifact.file))(file, archive, limits);
        return {
            file: artifact.file,
            kind: artifact.kind,
            size,
            sha256: await file.digest(),
            ...archive.facts()
        };
    }
    finally {
        await handle.close();
    }
}
/**
 * The reader for this kind of archive, loaded on first use: start-up
 * should not pay for the readers when there is no dist/ to read.
 */
async function archiveReader(file) {
    return file.endsWith('.tar.gz')
        ? (await __nccwpck_require__.e(/* import() */ 555).then(__nccwpck_require__.bind(__nccwpck_require__, 46555))).readTarArchive
        : (await __nccwpck_require__.e(/* import() */ 390).then(__nccwpck_require__.bind(__nccwpck_require__, 25390))).readZipArchive;
}

;// CONCATENATED MODULE: ./build/io/dist/read-dist.js




/**
 * Reads every artifact in `distFolder`: sizes, digests, members and the
 * texts the checks need, each file read once and streamed. Null when the
 * folder does not exist.
 */
async function readDist(distFolder, options = {}) {
    const listing = await listDistFolder(distFolder);
    if (!listing)
        return null;
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const contents = options.contents ?? true;
    // Inflating runs on libuv's thread pool and hashing on this thread, so a
    // few artifacts in flight keep every core busy.
    const concurrency = options.concurrency ?? (0,external_node_os_.availableParallelism)() + 1;
    const members = { kept: 0 };
    const artifacts = await mapConcurrently(listing.artifacts, concurrency, a => readArtifact(a, limits, contents, members));
    return { folder: distFolder, artifacts, others: listing.others };
}
/** `read` over `items`, at most `limit` at a time; results keep input order. */
async function mapConcurrently(items, limit, read) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await read(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./build/io/git/run-git.js
// Tag lists of the largest repositories fit well within this.
const MAX_OUTPUT = 16 * 1024 * 1024;
const TIMEOUT_MS = 20_000;
/**
 * Runs one git command in `cwd`, without a shell, prompts, optional locks
 * (so a read never leaves an index.lock behind) or translated messages;
 * output and time are bounded, and every failure is a value.
 */
async function runGit(cwd, args) {
    // Loaded on first use: most runs never start git, and loading
    // child_process (with net and dgram) is a noticeable part of start-up.
    const { execFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 31421, 19));
    return new Promise(resolve => {
        execFile('git', args, {
            cwd,
            encoding: 'utf8',
            maxBuffer: MAX_OUTPUT,
            timeout: TIMEOUT_MS,
            windowsHide: true,
            env: {
                ...process.env,
                GIT_TERMINAL_PROMPT: '0',
                GIT_OPTIONAL_LOCKS: '0',
                LC_ALL: 'C'
            }
        }, (error, stdout, stderr) => {
            if (!error)
                return resolve({ ok: true, stdout });
            const code = error.code;
            const firstLine = stderr.trim().split('\n', 1)[0]?.slice(0, 300);
            resolve({
                ok: false,
                missing: code === 'ENOENT',
                message: firstLine || error.message.split('\n', 1)[0] || 'git failed'
            });
        });
    });
}

;// CONCATENATED MODULE: ./build/io/git/read-git-facts.js

const SHOWN_DIRTY_FILES = 50;
/**
 * Reads, once, what the git checks and readiness need from the checkout
 * holding `cwd`: HEAD, shallowness, the prefix's tags (and which are
 * reachable from HEAD), where the release tag points, `git describe`,
 * and the tracked files with uncommitted changes. Git missing or `cwd`
 * outside a repository is a fact, not an error.
 */
async function readGitFacts(cwd, options) {
    const probe = await runGit(cwd, ['rev-parse', '--is-inside-work-tree']);
    if (!probe.ok) {
        return {
            kind: 'unavailable',
            reason: probe.missing ? 'git is not installed' : probe.message
        };
    }
    const git = (...args) => runGit(cwd, args);
    const [head, short, shallow, tags, merged, tagCommit, described, count, status] = await Promise.all([
        git('rev-parse', '--verify', '--quiet', 'HEAD^{commit}'),
        git('rev-parse', '--short', 'HEAD'),
        git('rev-parse', '--is-shallow-repository'),
        git('tag', '--list'),
        git('tag', '--list', '--merged', 'HEAD'),
        options.tag === null
            ? Promise.resolve(null)
            : git('rev-list', '-n', '1', `refs/tags/${options.tag}`, '--'),
        git('describe', '--tags', '--long', '--match', `${globEscape(options.prefix)}[0-9]*`, 'HEAD'),
        git('rev-list', '--count', 'HEAD'),
        git('status', '--porcelain=v1', '-z', '--untracked-files=no')
    ]);
    const isShallow = firstLine(shallow) === 'true';
    const dirty = changedPaths(status);
    const facts = {
        kind: 'repository',
        head: firstLine(head),
        headShort: firstLine(short),
        shallow: isShallow,
        tags: withPrefix(tags, options.prefix),
        mergedTags: isShallow || !merged.ok ? null : withPrefix(merged, options.prefix),
        tagCommit: tagCommit ? firstLine(tagCommit) : null,
        describe: parseDescribe(firstLine(described)),
        commitCount: count.ok ? Number.parseInt(count.stdout, 10) || null : null,
        dirtyFiles: dirty.slice(0, SHOWN_DIRTY_FILES),
        dirtyCount: dirty.length
    };
    return facts;
}
function firstLine(result) {
    if (!result.ok)
        return null;
    const line = result.stdout.split('\n', 1)[0]?.trim();
    return line ? line : null;
}
function withPrefix(result, prefix) {
    if (!result.ok)
        return [];
    return result.stdout
        .split('\n')
        .filter(tag => tag !== '' && tag.startsWith(prefix));
}
/** `v1.2.3-4-g1a2b3c4`: the tag may hold `-`, so read from the right. */
function parseDescribe(line) {
    if (line === null)
        return null;
    const hash = line.lastIndexOf('-g');
    const dash = hash < 0 ? -1 : line.lastIndexOf('-', hash - 1);
    if (dash <= 0)
        return null;
    const distance = Number(line.slice(dash + 1, hash));
    return Number.isSafeInteger(distance)
        ? { tag: line.slice(0, dash), distance }
        : null;
}
/**
 * Paths from `git status --porcelain=v1 -z`: `XY path`, and for a rename
 * or copy a second, NUL-separated original path that is skipped.
 */
function changedPaths(result) {
    if (!result.ok)
        return [];
    const fields = result.stdout.split('\0');
    const paths = [];
    for (let i = 0; i < fields.length; i++) {
        const entry = fields[i] ?? '';
        if (entry.length < 4)
            continue;
        paths.push(entry.slice(3));
        if (entry[0] === 'R' || entry[0] === 'C')
            i++;
    }
    return paths;
}
// git's wildmatch: escape what would otherwise be a pattern.
function globEscape(text) {
    return text.replace(/[\\*?[\]]/g, c => `\\${c}`);
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./build/io/package-index/bounded-get.js

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * One GET that cannot run away: redirects followed by hand (bounded, never
 * from https down to http, credentials dropped when the origin changes),
 * the body read as a stream and refused past `maxBytes`, every failure
 * turned into a value. A URL's `user:password@` becomes a Basic
 * Authorization header, as pip does, since fetch refuses such URLs.
 */
async function boundedGet(address, options) {
    let url = parseUrl(address);
    if (!url)
        return bounded_get_failed(redactUrl(address), 'not a URL', false);
    let auth = basicAuth(url);
    for (let hop = 0;; hop++) {
        const shown = redactUrl(url.href);
        let res;
        try {
            res = await options.fetch(withoutCredentials(url), {
                headers: auth
                    ? { ...options.headers, authorization: auth }
                    : options.headers,
                redirect: 'manual',
                signal: options.signal
            });
        }
        catch (e) {
            return bounded_get_failed(shown, describeFetchError(e, options), true);
        }
        if (!REDIRECTS.has(res.status))
            return readResponse(res, shown, options);
        await discard(res);
        const location = res.headers.get('location');
        if (!location || hop >= options.maxRedirects) {
            const why = location
                ? `more than ${options.maxRedirects} redirects`
                : 'a redirect without a Location';
            return bounded_get_failed(shown, why, false);
        }
        const next = parseUrl(location, url);
        if (!next || !isAllowedRedirect(url, next)) {
            const to = next ? redactUrl(next.href) : 'an invalid address';
            return bounded_get_failed(shown, `refused redirect to ${to}`, false);
        }
        if (next.origin !== url.origin)
            auth = basicAuth(next);
        url = next;
    }
}
async function readResponse(res, url, options) {
    const base = {
        kind: 'response',
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
        url
    };
    if (res.status < 200 || res.status > 299) {
        await discard(res);
        return { ...base, body: '' };
    }
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > options.maxBytes) {
        await discard(res);
        return bounded_get_failed(url, tooLarge(options.maxBytes), false);
    }
    try {
        const body = await readCapped(res, options.maxBytes);
        return body === null
            ? bounded_get_failed(url, tooLarge(options.maxBytes), false)
            : { ...base, body };
    }
    catch (e) {
        return bounded_get_failed(url, describeFetchError(e, options), true);
    }
}
async function readCapped(res, maxBytes) {
    if (!res.body)
        return '';
    const reader = res.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = (await reader.read());
        if (done || !value)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            return null;
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks, total).toString('utf8');
}
function tooLarge(maxBytes) {
    return `the answer is larger than ${Math.round(maxBytes / 1048576)} MB`;
}
async function discard(res) {
    await res.body?.cancel().catch(() => undefined);
}
function bounded_get_failed(url, reason, transient) {
    return { kind: 'failed', reason, url, transient };
}
function parseUrl(text, base) {
    try {
        return new URL(text, base);
    }
    catch {
        return null;
    }
}
function isAllowedRedirect(from, to) {
    if (to.protocol !== 'https:' && to.protocol !== 'http:')
        return false;
    return !(from.protocol === 'https:' && to.protocol === 'http:');
}
function basicAuth(url) {
    if (!url.username && !url.password)
        return null;
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
function withoutCredentials(url) {
    const copy = new URL(url.href);
    copy.username = '';
    copy.password = '';
    return copy.href;
}
/**
 * A readable reason for a failed request: the timeout, or the system
 * error Node's fetch wraps as its `cause` (`ECONNREFUSED`, `ENOTFOUND`, a
 * TLS error, \u2026).
 */
function describeFetchError(error, budget) {
    if (budget.signal.aborted) {
        return errorField(budget.signal.reason, 'name') === 'TimeoutError'
            ? `no answer within ${budget.timeoutMs / 1000} s`
            : 'the request was cancelled';
    }
    // Read fields rather than test `instanceof Error`: the errors may come
    // from another realm.
    const cause = errorField(error, 'cause') ?? error;
    const message = errorField(cause, 'message');
    const code = errorField(cause, 'code');
    const label = typeof code === 'string' ? KNOWN_CODES[code] : undefined;
    const text = typeof message === 'string' ? message : String(cause);
    return label ? `${label} (${text})` : text;
}
function errorField(error, field) {
    return typeof error === 'object' && error !== null
        ? error[field]
        : undefined;
}
const KNOWN_CODES = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'DNS lookup failed',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_SOCKET: 'connection closed'
};

;// CONCATENATED MODULE: ./build/io/package-index/retrying-get.js


const MAX_REDIRECTS = 5;
// A server asking for a longer pause than this is not coming back soon.
const MAX_RETRY_AFTER_MS = 10_000;
/**
 * A GET that tries once more after a transient failure (a network error,
 * 429 or 5xx), waiting as the server's Retry-After asks (bounded), and
 * never past the time budget, which starts now and covers every request.
 */
function retryingGet(options) {
    const signal = AbortSignal.timeout(options.timeoutMs);
    const deadline = Date.now() + options.timeoutMs;
    const once = (url, headers) => boundedGet(url, {
        headers: { ...headers, 'user-agent': options.userAgent },
        signal,
        timeoutMs: options.timeoutMs,
        maxBytes: options.maxBytes,
        maxRedirects: MAX_REDIRECTS,
        fetch: options.fetch
    });
    return async (url, headers) => {
        const first = await once(url, headers);
        if (!isTransient(first, signal))
            return { ...first, attempts: 1 };
        const wait = retryWait(first, options.retryDelayMs);
        if (Date.now() + wait >= deadline)
            return { ...first, attempts: 1 };
        try {
            await (0,external_node_timers_promises_namespaceObject.setTimeout)(wait, undefined, { signal });
        }
        catch {
            return { ...first, attempts: 1 };
        }
        return { ...(await once(url, headers)), attempts: 2 };
    };
}
/** 429 and 5xx: the server may answer if asked again. */
function isTransientStatus(status) {
    return status === 429 || status >= 500;
}
/** A readable account of a failed answer, e.g. `HTTP 503 (Service Unavailable), after 2 attempts`. */
function describeFailure(res) {
    const tries = res.attempts > 1 ? `, after ${res.attempts} attempts` : '';
    const what = res.kind === 'failed'
        ? res.reason
        : `HTTP ${res.status}${res.statusText ? ` (${res.statusText})` : ''}`;
    return `${what}${tries}`;
}
function isTransient(res, signal) {
    if (signal.aborted)
        return false;
    return res.kind === 'failed' ? res.transient : isTransientStatus(res.status);
}
/** RFC 9110 Retry-After: seconds or an HTTP date; bounded. */
function retryWait(res, fallback) {
    const header = res.kind === 'response' ? res.headers.get('retry-after') : null;
    if (!header)
        return fallback;
    const seconds = Number(header);
    const ms = Number.isFinite(seconds)
        ? seconds * 1000
        : Date.parse(header) - Date.now();
    return Number.isFinite(ms)
        ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS)
        : fallback;
}

;// CONCATENATED MODULE: ./build/io/github-tags.js


const REPOSITORY = /^[A-Za-z0-9_-]{1,100}\/(?!\.\.?$)[A-Za-z0-9_.-]{1,100}$/;
const MAX_PAGE_BYTES = 8 * 1024 * 1024;
/**
 * The repository to ask, from the runner's environment (`GITHUB_API_URL`,
 * which GHES sets to its own, and `GITHUB_REPOSITORY`); `null` without a
 * token, since the API is only asked with one.
 */
function gitHubRepoFromEnv(env, token) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    if (!token || !REPOSITORY.test(repository))
        return null;
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    return { apiUrl, repository, token };
}
/**
 * Lists the repository's tags through `GET /repos/{owner}/{repo}/tags`,
 * 100 a page, following the `Link: rel="next"` pages (never to another
 * origin, which would receive the token). Never throws.
 */
async function fetchGitHubTags(repo, options) {
    if (!REPOSITORY.test(repo.repository)) {
        return {
            kind: 'unavailable',
            reason: `'${repo.repository}' is not owner/name`
        };
    }
    const get = retryingGet({
        timeoutMs: options.timeoutMs,
        userAgent: options.userAgent,
        maxBytes: MAX_PAGE_BYTES,
        retryDelayMs: 1000,
        fetch: options.fetch ?? fetch
    });
    const headers = {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${repo.token}`,
        'x-github-api-version': '2022-11-28'
    };
    const origin = new URL(repo.apiUrl).origin;
    const tags = [];
    let next = `${repo.apiUrl}/repos/${repo.repository}/tags?per_page=100`;
    for (let page = 0; page < (options.maxPages ?? 50) && next; page++) {
        if (new URL(next).origin !== origin)
            break;
        const res = await get(next, headers);
        if (res.kind === 'failed' || res.status !== 200) {
            const reason = `GitHub API: ${describeFailure(res)}`;
            return { kind: 'unavailable', reason };
        }
        const names = tagNames(res.body);
        if (names === null) {
            const reason = 'GitHub API: the tag list could not be read';
            return { kind: 'unavailable', reason };
        }
        tags.push(...names);
        next = nextPage(res.headers.get('link'));
    }
    return { kind: 'tags', tags, complete: next === null };
}
function tagNames(body) {
    const parsed = parseJson(body);
    if (!('value' in parsed) || !Array.isArray(parsed.value))
        return null;
    return parsed.value.flatMap(item => isRecord(item) && typeof item.name === 'string' ? [item.name] : []);
}
/**
 * RFC 8288 Link header: the `rel="next"` target. The caller follows it
 * only on the API's own origin, which alone may receive the token.
 */
function nextPage(link) {
    for (const part of (link ?? '').slice(0, 10_000).split(',')) {
        const [target, ...params] = part.split(';');
        if (!params.some(p => p.trim() === 'rel="next"'))
            continue;
        const url = target?.trim().replace(/^<|>$/g, '') ?? '';
        return URL.canParse(url) ? url : null;
    }
    return null;
}

;// CONCATENATED MODULE: ./build/io/git/read-release-tags.js

/**
 * The release tags: from git when the clone is full and holds tags (only
 * those reachable from HEAD, when that can be told), otherwise from the
 * GitHub API (shallow clones, or no tags fetched), merged with any tags
 * the clone has. Never throws.
 */
async function readReleaseTags(git, options) {
    const repo = git.kind === 'repository' ? git : null;
    const local = repo?.tags ?? [];
    if (repo && !repo.shallow && local.length > 0) {
        const merged = repo.mergedTags ?? [];
        return merged.length > 0
            ? { tags: merged, source: 'git-merged', note: null }
            : { tags: local, source: 'git', note: null };
    }
    let note = null;
    if (options.github) {
        const api = await fetchGitHubTags(options.github, options);
        if (api.kind === 'tags') {
            const tags = [...new Set([...local, ...api.tags])].filter(t => t.startsWith(options.prefix));
            const partial = api.complete
                ? null
                : 'the GitHub API listed only the first tags';
            return { tags, source: 'github-api', note: partial };
        }
        note = api.reason;
    }
    if (local.length > 0)
        return { tags: local, source: 'git', note };
    if (repo && !repo.shallow && note === null) {
        return { tags: [], source: 'git', note: null };
    }
    return { tags: [], source: 'none', note: note ?? noTagsReason(git) };
}
function noTagsReason(git) {
    if (git.kind === 'unavailable')
        return git.reason;
    return 'the clone is shallow and holds no release tags, and no github-token was given';
}

;// CONCATENATED MODULE: ./build/io/package-index/fetch-index-record.js


// PEP 691: ask for the JSON form first, accept the HTML forms.
const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/**
 * Asks the index what it holds for project `name`. Where the PyPI JSON API
 * exists (pypi.org, test.pypi.org, and any index that answers it) that is
 * used; otherwise the Simple API, in its PEP 691 JSON form or PEP 503 HTML,
 * so private indexes (devpi, Artifactory, GitLab, Nexus) work too. A 404
 * means the project does not exist yet. Network errors, 429 and 5xx are
 * tried once more. Never throws: any failure is an `unreachable` answer.
 */
async function fetchIndexRecord(indexUrl, name, options) {
    let endpoints;
    try {
        endpoints = indexEndpoints(indexUrl, name);
    }
    catch {
        const url = redactUrl(indexUrl);
        return { kind: 'unreachable', url, reason: 'the index-url is not a URL' };
    }
    const request = retryingGet({
        timeoutMs: options.timeoutMs,
        userAgent: options.userAgent,
        maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
        retryDelayMs: options.retryDelayMs ?? 1000,
        fetch: options.fetch ?? fetch
    });
    const get = (url, accept) => request(url, { accept });
    if (endpoints.jsonApi !== null) {
        const res = await get(endpoints.jsonApi, 'application/json');
        if (res.kind === 'failed')
            return fetch_index_record_unreachable(res);
        if (isOk(res) && (endpoints.jsonApiAuthoritative || looksLikeJson(res))) {
            return found('json-api', res);
        }
        if (endpoints.jsonApiAuthoritative || isTransientStatus(res.status)) {
            return isGone(res.status) ? notFound(res) : fetch_index_record_unreachable(res);
        }
    }
    // No JSON API here (or not for this project): the Simple API decides.
    const res = await get(endpoints.simple, SIMPLE_ACCEPT);
    if (res.kind === 'failed')
        return fetch_index_record_unreachable(res);
    if (isOk(res)) {
        const json = contentType(res).includes('json');
        return found(json ? 'simple-json' : 'simple-html', res);
    }
    return isGone(res.status) ? notFound(res) : fetch_index_record_unreachable(res);
}
function isOk(res) {
    return res.kind === 'response' && res.status >= 200 && res.status <= 299;
}
function isGone(status) {
    return status === 404 || status === 410;
}
function contentType(res) {
    return res.kind === 'response'
        ? (res.headers.get('content-type') ?? '').toLowerCase()
        : '';
}
function looksLikeJson(res) {
    if (res.kind !== 'response')
        return false;
    return (contentType(res).includes('json') || res.body.trimStart().startsWith('{'));
}
function found(source, res) {
    const body = res.kind === 'response' ? res.body : '';
    return { kind: 'found', source, body, url: res.url };
}
function notFound(res) {
    return { kind: 'not-found', url: res.url };
}
function fetch_index_record_unreachable(res) {
    return { kind: 'unreachable', url: res.url, reason: describeFailure(res) };
}

;// CONCATENATED MODULE: ./build/io/package-index/user-agent.js
/** Where the product lives; indexes' operators see it in their logs. */
const HOMEPAGE = 'https://github.com/pypi-preflight/pypi-preflight';
/**
 * The User-Agent sent to the index and the GitHub API, so their operators
 * can tell who is asking (PyPI asks API clients for one that names them).
 */
function productUserAgent(version) {
    return `pypi-preflight/${version} (+${HOMEPAGE})`;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./build/io/project-files.js



/** Files larger than this are not read: no real pyproject or version file is. */
const MAX_TEXT_BYTES = 8 * 1024 * 1024;
/**
 * Reads project files relative to the working directory, confined to
 * `root` (the checkout): a hostile pyproject cannot point the reader at
 * files outside the repository through `..` or a symlink.
 */
function projectFileReader(workingDirectory, root) {
    const realRoot = safeRealpath(root);
    return relative => {
        if (external_node_path_.isAbsolute(relative) || relative.includes('\0'))
            return undefined;
        const target = safeRealpath(external_node_path_.resolve(workingDirectory, relative));
        if (!target || !realRoot || !isInside(target, realRoot))
            return undefined;
        return readTextFile(target);
    };
}
/** The folder reads are confined to: the checkout that holds the working directory. */
function checkoutRoot(workingDirectory, env) {
    const wd = external_node_path_.resolve(workingDirectory);
    const workspace = env.GITHUB_WORKSPACE
        ? external_node_path_.resolve(env.GITHUB_WORKSPACE)
        : null;
    if (workspace && isInside(wd, workspace))
        return workspace;
    for (let dir = wd;; dir = external_node_path_.dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(dir, '.git')))
            return dir;
        if (external_node_path_.dirname(dir) === dir)
            break;
    }
    const cwd = process.cwd();
    return isInside(wd, cwd) ? cwd : wd;
}
/** Reads a UTF-8 text file of bounded size; `undefined` when missing, too large or not a file. */
function readTextFile(file, limit = MAX_TEXT_BYTES) {
    let fd = null;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile() || stat.size > limit)
            return undefined;
        const buffer = Buffer.alloc(stat.size);
        let read = 0;
        while (read < stat.size) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, read, stat.size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        const bytes = buffer.subarray(0, read);
        // ASCII, as most of these files are, reads the same as Latin-1, which
        // Node keeps outside the JavaScript heap when large: a long changelog
        // then costs no garbage collection.
        return bytes.toString((0,external_node_buffer_.isAscii)(bytes) ? 'latin1' : 'utf8');
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== null)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function safeRealpath(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return null;
    }
}
/** `child` is `parent` or below it (a name like `..foo` is below it). */
function isInside(child, parent) {
    const rel = external_node_path_.relative(parent, child);
    const up = rel === '..' || rel.startsWith(`..${external_node_path_.sep}`);
    return !up && !external_node_path_.isAbsolute(rel);
}

;// CONCATENATED MODULE: ./build/io/read-changelog.js




/** Larger than any real changelog by far; past it the file is refused, not parsed. */
const MAX_CHANGELOG_BYTES = 64 * 1024 * 1024;
/**
 * Reads the changelog: the `changelog` input's path, `none` to opt out, or
 * the first CHANGELOG/CHANGES/HISTORY/NEWS found in the working directory
 * and then in its `docs/`.
 */
function readChangelog(setting, workingDirectory) {
    if (setting === 'none')
        return { kind: 'disabled' };
    const file = setting ?? detectChangelogPath(listCandidates(workingDirectory));
    if (file === null)
        return { kind: 'missing', missing: { searched: CHANGELOG_CANDIDATES } };
    const full = external_node_path_.resolve(workingDirectory, file);
    const text = readTextFile(full, MAX_CHANGELOG_BYTES);
    if (text === undefined) {
        if (isLargeFile(full))
            throw new Error(`The changelog '${file}' is larger than ${MAX_CHANGELOG_BYTES / 1024 / 1024} MiB; point 'changelog' at the current file or set it to none.`);
        return { kind: 'missing', missing: { path: file } };
    }
    return {
        kind: 'found',
        file: file.replace(/\\/g, '/'),
        text: text.replace(/^\uFEFF/, '')
    };
}
// Only the two folders auto-detection looks in, never a recursive walk.
function listCandidates(workingDirectory) {
    return ['', 'docs/'].flatMap(folder => {
        try {
            return (0,external_node_fs_.readdirSync)(external_node_path_.join(workingDirectory, folder), {
                withFileTypes: true
            })
                .filter(entry => entry.isFile())
                .map(entry => `${folder}${entry.name}`);
        }
        catch {
            return [];
        }
    });
}
function isLargeFile(file) {
    try {
        return (0,external_node_fs_.statSync)(file).size > MAX_CHANGELOG_BYTES;
    }
    catch {
        return false;
    }
}
/**
 * Today's date where it is already latest on Earth (UTC+14), so an entry
 * dated today by a maintainer anywhere is never "in the future".
 */
function latestToday(now = new Date()) {
    return new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./build/io/oidc-claims.js

// Both answers are a few dozen bytes; a token is a few KB.
const MAX_BODY_BYTES = 64 * 1024;
/** A failure whose message is safe to show: it never holds a token or a body. */
class ClaimsError extends Error {
    name = 'ClaimsError';
}
/**
 * The claims a trusted publisher is matched on, as this job's id-token
 * carries them: the audience comes from the index
 * (`GET {origin}/_/oidc/audience`), the token from the runner's token
 * service. The token is only decoded for display, never verified,
 * returned or logged. Every failure becomes a reason.
 */
async function readOidcClaims(options) {
    const url = options.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = options.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !requestToken) {
        return {
            status: 'unavailable',
            reason: 'this job has no id-token (no `id-token: write` permission; only the publish job needs one).'
        };
    }
    options.mask(requestToken);
    const timeoutMs = options.timeoutMs ?? 10_000;
    try {
        const audience = await fetchAudience(options.indexUrl, timeoutMs);
        const token = await fetchIdToken(url, requestToken, audience, timeoutMs);
        options.mask(token);
        return { status: 'ok', audience, claims: pickClaims(decodePayload(token)) };
    }
    catch (error) {
        const reason = error instanceof ClaimsError ? error.message : 'unexpected error';
        return { status: 'failed', reason };
    }
}
async function fetchAudience(indexUrl, timeoutMs) {
    const origin = new URL(indexUrl).origin;
    const host = new URL(origin).host;
    const response = await get(`${origin}/_/oidc/audience`, {}, timeoutMs, `the index ${host}`);
    if (response.status === 404) {
        throw new ClaimsError(`${host} does not offer trusted publishing (no /_/oidc/audience).`);
    }
    if (response.status === 403) {
        throw new ClaimsError(`${host} has trusted publishing disabled.`);
    }
    const audience = field(await json(response, `the index ${host}`, timeoutMs), 'audience');
    if (audience === null) {
        throw new ClaimsError(`${host} did not name an OIDC audience.`);
    }
    return audience;
}
async function fetchIdToken(requestUrl, requestToken, audience, timeoutMs) {
    const glue = requestUrl.includes('?') ? '&' : '?';
    const url = `${requestUrl}${glue}audience=${encodeURIComponent(audience)}`;
    const response = await get(url, { Authorization: `Bearer ${requestToken}` }, timeoutMs, 'the id-token service');
    const value = field(await json(response, 'the id-token service', timeoutMs), 'value');
    if (value === null) {
        throw new ClaimsError('the id-token service returned no token.');
    }
    return value;
}
async function get(url, headers, timeoutMs, what) {
    try {
        return await fetch(url, {
            headers: { Accept: 'application/json', ...headers },
            // A redirect would carry the bearer token to another address.
            redirect: 'error',
            signal: AbortSignal.timeout(timeoutMs)
        });
    }
    catch (error) {
        throw new ClaimsError(`${what} could not be reached: ${cause(error, timeoutMs)}.`);
    }
}
async function json(response, what, timeoutMs) {
    if (!response.ok) {
        await response.body?.cancel();
        throw new ClaimsError(`${what} answered HTTP ${response.status}.`);
    }
    let text;
    try {
        text = await boundedText(response);
    }
    catch (error) {
        throw new ClaimsError(`${what} sent no usable answer: ${cause(error, timeoutMs)}.`);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new ClaimsError(`${what} did not answer with JSON.`);
    }
}
async function boundedText(response) {
    if (response.body === null)
        return '';
    const chunks = [];
    let size = 0;
    // Leaving the loop early cancels the stream.
    for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > MAX_BODY_BYTES)
            throw new Error('the answer is too large');
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function field(body, name) {
    if (body === null || typeof body !== 'object')
        return null;
    const value = body[name];
    return typeof value === 'string' && value !== '' ? value : null;
}
// A JWT is `header.payload.signature`, each base64url (RFC 7519 \u00a73).
function decodePayload(token) {
    const payload = token.split('.')[1];
    try {
        if (payload === undefined)
            throw new Error('no payload');
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        throw new ClaimsError('the id-token is not a readable JWT.');
    }
}
// Errors may come from another realm (undici's), so read them by shape.
function cause(error, timeoutMs) {
    const e = (error ?? {});
    if (e.name === 'TimeoutError')
        return `no answer within ${timeoutMs / 1000} s`;
    const code = e.cause?.code;
    if (typeof code === 'string')
        return code;
    return typeof e.message === 'string' ? e.message : 'unknown error';
}

;// CONCATENATED MODULE: ./build/io/workflow-file.js



/** Real workflow files are a few KB to a few tens of KB. */
const MAX_WORKFLOW_BYTES = 256 * 1024;
// GitHub nests reusable workflows at most ten deep. The caps on the bytes
// read and the jobs kept are far beyond real workflows and keep a hostile
// one to about a second of YAML parsing.
const MAX_CALL_DEPTH = 10;
const MAX_TOTAL_BYTES = 512 * 1024;
const MAX_JOBS = 256;
/**
 * Reads the workflow that runs this step: `GITHUB_WORKFLOW_REF` names it
 * (`owner/repo/<path>@<ref>`), and it is looked for in the checkout, from
 * the working directory up to `GITHUB_WORKSPACE`.
 */
async function readCallingWorkflow(env, workingDirectory = '.') {
    const ref = parseWorkflowRef(env.GITHUB_WORKFLOW_REF ?? '');
    if (ref === null) {
        return unavailable(env.GITHUB_WORKFLOW_REF
            ? `GITHUB_WORKFLOW_REF does not name a workflow file`
            : 'GITHUB_WORKFLOW_REF is not set (outside GitHub Actions?)');
    }
    const root = findCheckoutRoot(ref.path, external_node_path_.resolve(workingDirectory), external_node_path_.resolve(env.GITHUB_WORKSPACE ?? process.cwd()));
    if (root === null) {
        return unavailable(`${ref.path} is not in the checkout (check out the repository before this step)`);
    }
    return readWorkflowFile(root, ref.path);
}
/**
 * Reads `file` (relative to the repository `root`) into a workflow model,
 * following the local reusable workflows (`uses: ./\u2026`) it calls. Reads
 * stay inside `root`.
 */
async function readWorkflowFile(root, file) {
    const relative = safeRelative(file);
    const read = projectFileReader(root, root);
    const text = relative === null ? undefined : read(relative);
    if (relative === null || text === undefined) {
        return unavailable(`${file} could not be read`);
    }
    if (workflow_file_tooLarge(text))
        return unavailable(`${file} is too large`);
    const yaml = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38815, 19));
    const budget = { bytes: MAX_TOTAL_BYTES - Buffer.byteLength(text) };
    const parsed = parseWorkflow(yaml, text, relative, loader(yaml, read, budget, 0));
    return typeof parsed === 'string'
        ? unavailable(parsed)
        : { status: 'ok', workflow: parsed };
}
function workflow_file_tooLarge(text) {
    return Buffer.byteLength(text) > MAX_WORKFLOW_BYTES;
}
function unavailable(reason) {
    return { status: 'unavailable', reason };
}
// The checkout may sit below the workspace (`actions/checkout` with
// `path:`): walk up from the working directory, never above the workspace.
function findCheckoutRoot(file, from, top) {
    for (let dir = isInside(from, top) ? from : top;; dir = external_node_path_.dirname(dir)) {
        if (projectFileReader(dir, dir)(file) !== undefined)
            return dir;
        if (dir === top || external_node_path_.dirname(dir) === dir)
            return null;
    }
}
// A repository-relative path with no way out of the repository.
function safeRelative(file) {
    const p = external_node_path_.posix.normalize(file.replace(/^\.\//, ''));
    if (p.startsWith('../') || p === '..' || external_node_path_.posix.isAbsolute(p))
        return null;
    return p;
}
function loader(yaml, read, budget, depth, seen = new Set()) {
    return uses => {
        const file = uses.startsWith('./')
            ? safeRelative(uses.split('@')[0] ?? '')
            : null;
        if (file === null || seen.has(file) || depth >= MAX_CALL_DEPTH)
            return null;
        const text = read(file);
        if (text === undefined || workflow_file_tooLarge(text))
            return null;
        budget.bytes -= Buffer.byteLength(text);
        if (budget.bytes < 0)
            return null;
        const next = loader(yaml, read, budget, depth + 1, new Set([...seen, file]));
        const parsed = parseWorkflow(yaml, text, file, next);
        return typeof parsed === 'string' ? null : parsed;
    };
}
/** The model of one workflow file, or why its YAML is unusable. */
function parseWorkflow(yaml, text, file, loadCall) {
    const lc = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter: lc, prettyErrors: false });
    const error = doc.errors[0];
    if (error !== undefined) {
        const line = lc.linePos(error.pos[0]).line;
        return `${file} is not valid YAML (line ${line}): ${error.code}`;
    }
    const t = new Tree(yaml, doc, lc);
    const root = t.map(doc.contents);
    if (root === null)
        return `${file} is not a workflow (no mapping at the top)`;
    const on = t.pair(root, 'on');
    return {
        file,
        triggers: t.triggers(on?.value),
        triggersLine: on ? t.line(on.key) : 1,
        permissions: t.permissions(t.pair(root, 'permissions')),
        jobs: t
            .pairs(t.map(t.pair(root, 'jobs')?.value))
            .slice(0, MAX_JOBS)
            .map(p => t.job(p, loadCall))
    };
}
/** Reads typed values and lines out of one parsed document. */
class Tree {
    yaml;
    lc;
    // Anchors are allowed in workflows. `Alias.resolve` walks the whole
    // document on each call; resolving every alias in one walk keeps a file
    // full of aliases linear.
    targets = new Map();
    constructor(yaml, doc, lc) {
        this.yaml = yaml;
        this.lc = lc;
        const anchors = new Map();
        yaml.visit(doc, {
            Node: (_key, node) => {
                if (!yaml.isAlias(node)) {
                    if (node.anchor)
                        anchors.set(node.anchor, node);
                    return;
                }
                const target = anchors.get(node.source);
                if (target !== undefined)
                    this.targets.set(node, target);
            }
        });
    }
    line(node) {
        const start = this.yaml.isNode(node) ? node.range?.[0] : undefined;
        return start === undefined ? 1 : Math.max(1, this.lc.linePos(start).line);
    }
    // An alias stands for the node its anchor names.
    node(node) {
        if (this.yaml.isAlias(node))
            return this.targets.get(node) ?? null;
        return this.yaml.isNode(node) ? node : null;
    }
    map(node) {
        const n = this.node(node);
        return this.yaml.isMap(n) ? n : null;
    }
    text(node) {
        const n = this.node(node);
        const v = this.yaml.isScalar(n) ? n.value : null;
        if (typeof v === 'string')
            return v;
        const plain = typeof v === 'number' || typeof v === 'boolean';
        return plain ? String(v) : null;
    }
    list(node) {
        const n = this.node(node);
        if (this.yaml.isSeq(n))
            return n.items;
        return n === null ? [] : [n];
    }
    pairs(map) {
        return (map?.items ?? []).filter(p => this.text(p.key) !== null);
    }
    pair(map, key) {
        return this.pairs(map).find(p => this.text(p.key) === key);
    }
    value(map, key) {
        return this.text(this.pair(map, key)?.value);
    }
    triggers(node) {
        const map = this.map(node);
        const names = map
            ? this.pairs(map).map(p => this.text(p.key))
            : this.list(node).map(n => this.text(n));
        return names.filter((n) => n !== null);
    }
    permissions(pair) {
        if (pair === undefined)
            return null;
        const line = this.line(pair.key);
        const short = this.text(pair.value);
        if (short === 'read-all' || short === 'write-all') {
            return { line, all: short === 'read-all' ? 'read' : 'write', scopes: {} };
        }
        return { line, all: null, scopes: this.scalars(this.map(pair.value)) };
    }
    scalars(map) {
        const out = {};
        for (const p of this.pairs(map)) {
            const v = this.text(p.value);
            if (v !== null)
                out[this.text(p.key) ?? ''] = v;
        }
        return out;
    }
    job(pair, loadCall) {
        const body = this.map(pair.value);
        const uses = this.pair(body, 'uses');
        const ref = this.text(uses?.value);
        return {
            id: this.text(pair.key) ?? '',
            line: this.line(pair.key),
            needs: this.list(this.pair(body, 'needs')?.value)
                .map(n => this.text(n))
                .filter((n) => n !== null),
            condition: this.value(body, 'if'),
            environment: this.environment(this.pair(body, 'environment')),
            permissions: this.permissions(this.pair(body, 'permissions')),
            steps: this.list(this.pair(body, 'steps')?.value).map(s => this.step(s)),
            uses: ref === null ? null : { ref, line: this.line(uses?.key) },
            called: ref === null ? null : loadCall(ref)
        };
    }
    environment(pair) {
        if (pair === undefined)
            return null;
        const named = this.map(pair.value);
        const name = named ? this.value(named, 'name') : this.text(pair.value);
        return { name: name ?? '', line: this.line(pair.key) };
    }
    step(node) {
        const body = this.map(node);
        const uses = this.pair(body, 'uses');
        return {
            line: this.line(uses?.key ?? node),
            id: this.value(body, 'id'),
            uses: this.text(uses?.value),
            run: this.value(body, 'run'),
            with: this.scalars(this.map(this.pair(body, 'with')?.value))
        };
    }
}

;// CONCATENATED MODULE: ./build/io/read-publishing-context.js




/**
 * The run's identity and its workflow, for the trusted-publisher hint and
 * the workflow lint. The id-token is asked for only where the runner can
 * mask it (`mask` given) and offers one.
 */
async function readPublishingContext(env, settings, mask) {
    const [workflow, claims] = await Promise.all([
        readCallingWorkflow(env, settings.workingDirectory),
        mask && env.ACTIONS_ID_TOKEN_REQUEST_URL
            ? readOidcClaims({ env, indexUrl: settings.indexUrl, mask })
            : Promise.resolve(null)
    ]);
    return {
        repository: env.GITHUB_REPOSITORY ?? '',
        workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
        currentJob: env.GITHUB_JOB ?? '',
        workflow: workflow.status === 'ok' ? workflow.workflow : null,
        workflowReason: workflow.status === 'ok' ? null : workflow.reason,
        claims,
        root: repositoryRoot(settings.workingDirectory, env)
    };
}
function repositoryRoot(workingDirectory, env) {
    const wd = external_node_path_.resolve(workingDirectory);
    const relative = external_node_path_.relative(wd, checkoutRoot(wd, env));
    return relative.split(external_node_path_.sep).join('/') || '.';
}

;// CONCATENATED MODULE: ./build/io/run-context.js

// An event payload is a few KB; anything far larger is not one.
const MAX_EVENT_BYTES = 16 * 1024 * 1024;
/**
 * Reads the run's ref, event name and release tag from the runner's
 * environment (GitHub, Gitea and Forgejo use the same variables).
 */
function readRunContext(env) {
    return {
        ref: env.GITHUB_REF ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        releaseTagName: releaseTagName(env.GITHUB_EVENT_PATH)
    };
}
function releaseTagName(eventPath) {
    if (!eventPath)
        return '';
    try {
        if ((0,external_node_fs_.statSync)(eventPath).size > MAX_EVENT_BYTES)
            return '';
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        const release = payload.release;
        return typeof release?.tag_name === 'string' ? release.tag_name : '';
    }
    catch {
        // No readable payload is the same as a payload without a release.
        return '';
    }
}

;// CONCATENATED MODULE: ./build/io/read-release-snapshot.js













/** Bound on each network lookup (index, GitHub tags), retries included. */
const NETWORK_TIMEOUT_MS = 15_000;
/** Reads, once, everything the checks need from the disk, git and the network. */
async function readReleaseSnapshot(settings, env, options = {}) {
    const wd = external_node_path_.resolve(settings.workingDirectory);
    const run = resolveRun(settings.mode, settings.tag, readRunContext(env));
    const project = readProject(wd, env);
    const userAgent = productUserAgent(PRODUCT_VERSION);
    const name = project?.name?.normalized ?? null;
    const [dist, git, indexResponse, publishing] = await Promise.all([
        readDist(external_node_path_.resolve(wd, settings.dist)),
        needsGit(run, project)
            ? readGitFacts(wd, { prefix: settings.tagPrefix, tag: run.tag })
            : Promise.resolve(NOT_ASKED),
        settings.checkIndex && name
            ? fetchIndexRecord(settings.indexUrl, name, {
                timeoutMs: NETWORK_TIMEOUT_MS,
                userAgent
            })
            : Promise.resolve(null),
        settings.trustedPublishing
            ? readPublishingContext(env, settings, options.mask)
            : Promise.resolve(null)
    ]);
    const releaseTags = run.mode === 'readiness'
        ? await readReleaseTags(git, {
            prefix: settings.tagPrefix,
            github: gitHubRepoFromEnv(env, settings.githubToken),
            timeoutMs: NETWORK_TIMEOUT_MS,
            userAgent
        })
        : null;
    return {
        run,
        project,
        workingDirectory: settings.workingDirectory,
        changelog: readChangelog(settings.changelog, wd),
        today: latestToday(),
        git,
        releaseTags,
        indexResponse,
        publishing,
        dist: dist ? { ...dist, folder: settings.dist } : null
    };
}
const NOT_ASKED = { kind: 'unavailable', reason: 'not needed' };
// Git answers three questions: readiness's release tags, whether an
// explicit tag is HEAD, and what a VCS-versioned build would produce.
// A tag push of a static version asks none of them, and skips the cost.
function needsGit(run, project) {
    return (run.mode === 'readiness' ||
        run.tagSource === 'input' ||
        project?.declaration.kind === 'vcs');
}
function readProject(wd, env) {
    const readFile = projectFileReader(wd, checkoutRoot(wd, env));
    const text = readFile('pyproject.toml');
    return text === undefined ? null : resolveProjectVersion(text, readFile);
}

;// CONCATENATED MODULE: ./build/engine/dist/dist-expectations.js
/**
 * What the caller asks of `dist/`, declared here with the same literal values
 * as the settings so the engine never imports the adapters' types.
 */
/** Platform families that `expected-platforms` may require. */
const PLATFORM_FAMILIES = [
    'linux-x86_64',
    'linux-aarch64',
    'musllinux-x86_64',
    'macos-arm64',
    'macos-x86_64',
    'windows-amd64',
    'windows-arm64',
    'any'
];

;// CONCATENATED MODULE: ./build/settings.js

/**
 * Every input of the action (and flag of the CLI), parsed and validated once.
 * Both adapters build `Settings` through `parseSettings`, so a value means
 * the same thing wherever it comes from.
 */
/** The modes: `auto` picks `release` on a tag and `readiness` otherwise. */
const MODES = ['auto', 'release', 'readiness'];
const VERSION_SCHEMES = ['pep440', 'semver'];
/** Every input name, as in action.yml and as `--name` on the command line. */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'mode',
    'tag',
    'tag-prefix',
    'working-directory',
    'version-scheme',
    'changelog',
    'changelog-required',
    'dist',
    'expected-wheels',
    'expected-platforms',
    'require-sdist',
    'check-index',
    'index-url',
    'release-notes-file',
    'append-index-link',
    'upload-artifact',
    'trusted-publishing',
    'environment',
    'ignore',
    'strict',
    'github-token'
]));
/** Inputs that take `true`/`false`; a bare `--name` on the command line means `true`. */
const BOOLEAN_INPUTS = new Set([
    'changelog-required',
    'require-sdist',
    'check-index',
    'append-index-link',
    'trusted-publishing',
    'strict'
]);
/** A bad input value: the message names the input, the value and what is accepted. */
class InputError extends Error {
    input;
    value;
    constructor(input, value, accepted) {
        super(`Input '${input}' has the value '${value}', but ${accepted}.`);
        this.input = input;
        this.value = value;
        this.name = InputError.name;
    }
}
/** Parses and validates every input; throws `InputError` on the first bad one. */
function parseSettings(read) {
    const text = (name, fallback = '') => read(name)?.trim() || fallback;
    return {
        mode: oneOf('mode', text('mode', 'auto'), MODES),
        tag: parseTag(text('tag')),
        tagPrefix: parseTagPrefix(read('tag-prefix')),
        workingDirectory: text('working-directory', '.'),
        versionScheme: oneOf('version-scheme', text('version-scheme', 'pep440'), VERSION_SCHEMES),
        changelog: settings_parseChangelog(text('changelog')),
        changelogRequired: bool('changelog-required', text, true),
        dist: text('dist', 'dist'),
        expectedWheels: parseWheelCount(text('expected-wheels')),
        expectedPlatforms: parsePlatforms(text('expected-platforms')),
        requireSdist: bool('require-sdist', text, false),
        checkIndex: bool('check-index', text, true),
        indexUrl: parseIndexUrl(text('index-url', 'https://pypi.org')),
        releaseNotesFile: text('release-notes-file'),
        appendIndexLink: bool('append-index-link', text, true),
        uploadArtifact: parseArtifactName(text('upload-artifact')),
        trustedPublishing: bool('trusted-publishing', text, true),
        environment: parseEnvironment(text('environment', 'pypi')),
        ignore: parseIgnore(text('ignore')),
        strict: bool('strict', text, false),
        githubToken: read('github-token')?.trim() ?? ''
    };
}
function oneOf(input, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new InputError(input, value, `it must be one of: ${allowed.join(', ')}`);
}
// The runner's boolean rules (YAML 1.2 core schema), as core.getBooleanInput.
function bool(input, text, fallback) {
    const value = text(input, String(fallback));
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(input, value, 'it must be true or false');
}
function parseTag(value) {
    const tag = value.replace(/^refs\/tags\//, '');
    if (value !== '' && !isRefText(tag)) {
        throw new InputError('tag', value, 'it must be a git tag name');
    }
    return tag;
}
// git check-ref-format: no control characters, spaces, `~^:?*[\`, no `..`.
function isRefText(text) {
    // eslint-disable-next-line no-control-regex
    return !/[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{/.test(text) && text.length <= 255;
}
// Unlike other inputs, an empty prefix is meaningful (tags like `1.2.3`):
// only an unset one takes the default.
function parseTagPrefix(value) {
    if (value === undefined)
        return 'v';
    const prefix = value.trim();
    if (prefix !== '' && !isRefText(prefix)) {
        throw new InputError('tag-prefix', value, 'it must be text a git tag can hold');
    }
    return prefix;
}
function settings_parseChangelog(value) {
    if (value === '')
        return null;
    return value.toLowerCase() === 'none' ? 'none' : value;
}
const WHEEL_COUNT = /^(?:(\d{1,6})|>=(\d{1,6})|<=(\d{1,6})|(\d{1,6})\.\.(\d{1,6}))$/;
function parseWheelCount(value) {
    if (value === '')
        return null;
    const m = WHEEL_COUNT.exec(value.replace(/\s+/g, ''));
    const accepted = 'it must be N, >=N, <=N or N..M (for example 12 or >=6)';
    if (!m)
        throw new InputError('expected-wheels', value, accepted);
    const [, exact, atLeast, atMost, from, to] = m.map(s => s === undefined ? undefined : Number(s));
    if (exact !== undefined)
        return { min: exact, max: exact };
    if (atLeast !== undefined)
        return { min: atLeast, max: null };
    if (atMost !== undefined)
        return { min: 0, max: atMost };
    if (from !== undefined && to !== undefined && from <= to) {
        return { min: from, max: to };
    }
    throw new InputError('expected-wheels', value, accepted);
}
function parsePlatforms(value) {
    return splitList(value).map(p => oneOf('expected-platforms', p, PLATFORM_FAMILIES));
}
function parseIndexUrl(value) {
    let url = null;
    try {
        url = new URL(value);
    }
    catch {
        url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.search) {
        throw new InputError('index-url', value, 'it must be an http(s) URL such as https://pypi.org or https://test.pypi.org');
    }
    return url.href.replace(/\/+$/, '');
}
// @actions/artifact refuses these characters in artifact names.
function parseArtifactName(value) {
    if (/["':<>|*?\r\n\\/]/.test(value)) {
        throw new InputError('upload-artifact', value, 'an artifact name cannot contain " : < > | * ? \\ / or line breaks');
    }
    return value;
}
function parseEnvironment(value) {
    if (value.length > 255 || /[\r\n]/.test(value)) {
        throw new InputError('environment', value, 'it must be a deployment environment name on one line');
    }
    return value;
}
const CHECK_ID = /^[a-z]+\/(?:[a-z0-9-]+|\*)$/;
function parseIgnore(value) {
    return splitList(value).map(id => {
        if (CHECK_ID.test(id))
            return id;
        throw new InputError('ignore', id, "each entry must be a check id such as 'changelog/date-missing' or a group such as 'dist/*'");
    });
}
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map(s => s.trim())
        .filter(s => s !== '');
}

;// CONCATENATED MODULE: ./build/action/annotations.js

/**
 * One annotation per finding, placed on its file and line when known.
 * Findings name files from the working directory; annotations from the
 * repository root (`GITHUB_WORKSPACE`).
 */
function annotate(runner, findings, workingDirectory, root) {
    for (const f of findings) {
        const message = f.hint ? `${f.message} Fix: ${f.hint}` : f.message;
        const file = f.file ? fromRoot(root, workingDirectory, f.file) : undefined;
        runner.annotate(f.severity, message, {
            title: f.id,
            ...(file ? { file } : {}),
            ...(f.line ? { startLine: f.line } : {})
        });
    }
}
function fromRoot(root, workingDirectory, file) {
    const absolute = external_node_path_.resolve(workingDirectory, file);
    return external_node_path_.relative(external_node_path_.resolve(root), absolute).split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./build/io/dist/write-sha256-sums.js

/**
 * Writes `file` in `sha256sum`'s format, one `<hex>  <name>` line per
 * artifact sorted by name, so that `sha256sum -c SHA256SUMS` run in the
 * dist folder checks every artifact.
 */
async function writeSha256Sums(artifacts, file) {
    const lines = [...artifacts]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map(artifact => sumLine(artifact.sha256, artifact.name));
    await (0,promises_.writeFile)(file, lines.join(''));
}
/**
 * coreutils escapes a name holding a backslash, newline or carriage return
 * and marks its line with a leading backslash, so every line stays one line.
 */
function sumLine(sha256, name) {
    if (!/[\\\n\r]/.test(name))
        return `${sha256}  ${name}\n`;
    const escaped = name
        .replace(/\\/g, '\\\\')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r');
    return `\\${sha256}  ${escaped}\n`;
}

;// CONCATENATED MODULE: ./build/io/upload-artifact.js


/**
 * Uploads the checked files as one workflow artifact. The artifact client
 * (and the storage SDK under it) is loaded here and only here, so a run
 * without `upload-artifact` never pays for it.
 */
async function uploadCheckedFiles(name, files, tempRoot) {
    const staging = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(tempRoot, 'pypi-preflight-upload-'));
    try {
        const staged = files.map(file => stage(file, staging));
        const { DefaultArtifactClient } = await __nccwpck_require__.e(/* import() */ 291).then(__nccwpck_require__.bind(__nccwpck_require__, 7291));
        const result = await new DefaultArtifactClient().uploadArtifact(name, staged, staging);
        return {
            id: result.id ?? 0,
            size: result.size ?? 0,
            digest: result.digest ?? ''
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
    }
}
// One flat folder holds everything the artifact carries; a hard link costs
// nothing for a large dist, a copy is the fallback across file systems.
function stage(file, staging) {
    const target = external_node_path_.join(staging, external_node_path_.basename(file));
    (0,external_node_fs_.mkdirSync)(staging, { recursive: true });
    try {
        (0,external_node_fs_.linkSync)(file, target);
    }
    catch {
        (0,external_node_fs_.copyFileSync)(file, target);
    }
    return target;
}

;// CONCATENATED MODULE: ./build/io/write-release-notes.js



/** Where the notes go: the `release-notes-file` input, else the runner's temp folder. */
function releaseNotesPath(setting, workingDirectory, env) {
    if (setting)
        return external_node_path_.resolve(workingDirectory, setting);
    return external_node_path_.join(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'release-notes.md');
}
/** Writes the release notes, creating the folder; returns the path written. */
function writeReleaseNotes(file, notes) {
    (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, notes.endsWith('\n') ? notes : `${notes}\n`);
    return file;
}

;// CONCATENATED MODULE: ./build/action/hand-off.js




/**
 * What the next jobs take from this one: the release notes file, the
 * `SHA256SUMS` beside it (never inside `dist/`, where `twine upload dist/*`
 * would choke on it) and, when asked, one workflow artifact holding the
 * checked files, the sums and the notes.
 */
async function handOff(runner, report, settings, env) {
    const notes = report.facts.releaseNotes;
    const notesFile = releaseNotesPath(settings.releaseNotesFile, settings.workingDirectory, env);
    const written = {
        releaseNotesFile: notes === null ? '' : writeReleaseNotes(notesFile, notes),
        sha256sumsFile: ''
    };
    if (notes !== null)
        logNotes(runner, notes);
    const artifacts = report.dist?.artifacts ?? [];
    if (artifacts.length === 0)
        return written;
    const sums = external_node_path_.join(external_node_path_.dirname(notesFile), 'SHA256SUMS');
    await writeSha256Sums(artifacts, sums);
    const files = { ...written, sha256sumsFile: sums };
    if (settings.uploadArtifact)
        await upload(runner, report, settings, files);
    return files;
}
function logNotes(runner, notes) {
    runner.group('Release notes');
    runner.infoUntrusted(notes);
    runner.endGroup();
}
async function upload(runner, report, settings, files) {
    if (report.result === 'fail') {
        runner.info(`Not uploading '${settings.uploadArtifact}': the check failed, so the files are not the release.`);
        return;
    }
    runner.group(`Upload artifact '${settings.uploadArtifact}'`);
    try {
        const dist = external_node_path_.resolve(settings.workingDirectory, settings.dist);
        const paths = [
            ...(report.dist?.artifacts ?? []).map(a => external_node_path_.join(dist, a.name)),
            files.sha256sumsFile,
            ...(files.releaseNotesFile ? [files.releaseNotesFile] : [])
        ];
        const tempRoot = external_node_path_.dirname(files.sha256sumsFile);
        const result = await uploadCheckedFiles(settings.uploadArtifact, paths, tempRoot);
        runner.info(`Uploaded artifact ${result.id} (${result.size} bytes, sha256 ${result.digest}).`);
    }
    finally {
        runner.endGroup();
    }
}

;// CONCATENATED MODULE: ./build/action/outputs.js
/** Every output of action.yml, declared once. */
const OUTPUTS = [
    'mode',
    'tag',
    'version',
    'prerelease',
    'package-name',
    'release-notes',
    'release-notes-file',
    'changelog-date',
    'previous-version',
    'already-published',
    'make-latest',
    'index-url',
    'wheel-count',
    'sdist',
    'artifacts',
    'sha256sums-file',
    'result',
    'findings'
];
/** Values that hold until a check says otherwise, so every output is always set. */
const DEFAULTS = {
    mode: '',
    tag: '',
    version: '',
    prerelease: 'false',
    'package-name': '',
    'release-notes': '',
    'release-notes-file': '',
    'changelog-date': '',
    'previous-version': '',
    'already-published': 'false',
    'make-latest': 'true',
    'index-url': '',
    'wheel-count': '0',
    sdist: '',
    artifacts: '[]',
    'sha256sums-file': '',
    result: 'fail',
    findings: '[]'
};
/** The outputs a report yields, on top of the defaults. */
function reportOutputs(report, files) {
    const f = report.facts;
    return {
        ...DEFAULTS,
        'release-notes': f.releaseNotes ?? '',
        'release-notes-file': files?.releaseNotesFile ?? '',
        'sha256sums-file': files?.sha256sumsFile ?? '',
        'wheel-count': String(report.dist?.wheelCount ?? 0),
        sdist: report.dist?.sdist ?? '',
        artifacts: JSON.stringify(report.dist?.artifacts ?? []),
        'changelog-date': f.changelogDate ?? '',
        'index-url': f.indexPage ?? '',
        mode: f.mode,
        tag: f.tag ?? '',
        version: f.version ?? '',
        prerelease: String(f.prerelease),
        'package-name': f.packageName ?? '',
        'make-latest': String(f.makeLatest),
        'previous-version': f.previousVersion ?? '',
        'already-published': String(f.alreadyPublished),
        result: report.result,
        findings: JSON.stringify(report.findings)
    };
}
/** Sets every output; with no report (bad inputs) the defaults say `fail`. */
function writeOutputs(runner, report, files) {
    const values = report ? reportOutputs(report, files) : DEFAULTS;
    for (const name of OUTPUTS)
        runner.setOutput(name, values[name]);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./build/action/workflow-commands.js



// Message data: only the characters that would end the command line.
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
// Property values also must not close the property list.
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function command(name, props, message) {
    const list = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    // A legacy `##[` command is matched anywhere in a line; keep one out of
    // our data even though a line that parses as `::name` is not read again.
    const data = escapeData(message).replace(/##\[/g, '##\u200b[');
    return `::${name}${list ? ` ${list}` : ''}::${data}`;
}
/** The runner protocol over this process's environment and stdout. */
function processRunner(env = process.env, write = writeStdout) {
    const line = (text) => write(text + external_node_os_.EOL);
    return {
        input: name => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`],
        setOutput: (name, value) => {
            const file = env.GITHUB_OUTPUT;
            if (file)
                (0,external_node_fs_.appendFileSync)(file, fileCommand(name, value));
            else
                line(command('set-output', { name }, value));
        },
        annotate: (level, message, place = {}) => line(command(level, { title: place.title, file: place.file, line: place.startLine }, message)),
        info: text => line(neutralize(text)),
        infoUntrusted: text => {
            const token = (0,external_node_crypto_.randomUUID)();
            line(`::stop-commands::${token}`);
            line(text);
            line(`::${token}::`);
        },
        debug: message => line(command('debug', {}, message)),
        group: name => line(command('group', {}, name)),
        endGroup: () => line('::endgroup::'),
        mask: secret => {
            if (secret)
                line(command('add-mask', {}, secret));
        },
        appendSummary: markdown => {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file)
                return false;
            (0,external_node_fs_.appendFileSync)(file, markdown);
            return true;
        },
        fail: message => {
            process.exitCode = 1;
            line(command('error', {}, message));
        }
    };
}
// A single line of ours may still quote untrusted text (a tag, a path):
// keep it from starting a command or a legacy `##[` command.
function neutralize(text) {
    return text
        .replace(/\r?\n|\r/g, ' ')
        .replace(/^(\s*)::/, '$1: :')
        .replace(/##\[/g, '##\u200b[');
}
/** One `name<<delimiter` block of a runner file command. */
function fileCommand(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    // A random delimiter cannot occur in the value by chance; by design it
    // could only be guessed, and then the write must not happen.
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Output '${name}' contains its own delimiter.`);
    }
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
let stdoutStream = false;
/**
 * Writes to file descriptor 1 directly: setting up `process.stdout` costs
 * more start-up than everything the action prints. Should the runner hand
 * over a non-blocking pipe that is full, the rest goes through
 * `process.stdout`, which waits for it to drain, and so does all after it.
 */
function writeStdout(text) {
    if (stdoutStream) {
        process.stdout.write(text);
        return;
    }
    const bytes = Buffer.from(text);
    let written = 0;
    try {
        while (written < bytes.length)
            written += (0,external_node_fs_.writeSync)(1, bytes, written);
    }
    catch (error) {
        if (error.code !== 'EAGAIN')
            throw error;
        stdoutStream = true;
        process.stdout.write(bytes.subarray(written));
    }
}

;// CONCATENATED MODULE: ./build/action/run.js







/**
 * The action: inputs \u2192 settings \u2192 snapshot \u2192 engine \u2192 outputs, annotations
 * and summary. The single place that fails the step.
 */
async function run(runner = processRunner(), env = process.env) {
    let report = null;
    let files = null;
    try {
        const settings = readSettings(runner);
        report = await check(runner, settings, env);
        files = await handOff(runner, report, settings, env);
        annotate(runner, report.findings, settings.workingDirectory, env.GITHUB_WORKSPACE || process.cwd());
        summarize(runner, report);
        if (report.result === 'fail')
            runner.fail(failureMessage(report, settings));
    }
    catch (error) {
        runner.fail(errorMessage(error));
    }
    finally {
        writeOutputs(runner, report, files);
    }
}
function readSettings(runner) {
    runner.group('Settings');
    try {
        runner.mask(runner.input('github-token') ?? '');
        const settings = parseSettings(name => runner.input(name));
        runner.debug(JSON.stringify({
            ...settings,
            githubToken: settings.githubToken ? '***' : ''
        }));
        return settings;
    }
    finally {
        runner.endGroup();
    }
}
async function check(runner, settings, env) {
    runner.group('Project');
    try {
        const report = validateRelease(await readReleaseSnapshot(settings, env, {
            mask: secret => runner.mask(secret)
        }), settings);
        const f = report.facts;
        runner.info(`Mode: ${f.mode}; tag: ${f.tag ?? '(none)'}; version: ${f.version ?? '(unknown)'}; source: ${f.versionSource ?? '(none)'}`);
        for (const c of report.checks)
            runner.info(`${c.status.toUpperCase()} ${c.title}: ${c.detail}`);
        return report;
    }
    finally {
        runner.endGroup();
    }
}
function summarize(runner, report) {
    if (!runner.appendSummary(renderMarkdown(report))) {
        runner.info('No job summary on this runner (GITHUB_STEP_SUMMARY is not set); the report is in the log above.');
    }
}
function failureMessage(report, settings) {
    const errors = report.findings.filter(f => f.severity === 'error').length;
    const warnings = report.findings.filter(f => f.severity === 'warning').length;
    const why = errors > 0
        ? `${errors} error(s)`
        : `${warnings} warning(s) under strict: true`;
    return `pypi-preflight failed with ${why}${settings.strict && errors > 0 && warnings > 0 ? ` and ${warnings} warning(s)` : ''}; see the annotations and the job summary.`;
}
/** The message of anything thrown, without a stack trace. */
function errorMessage(error) {
    if (error instanceof InputError)
        return error.message;
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./build/action/index.js

// Deliberately not awaited: without top-level await the bundler places the
// whole action at the top level of dist/index.js instead of inside a module
// function, so V8 parses it once instead of twice, a good part of start-up.
// run() reports its own failures; this catch is for a failure to report.
run().catch((error) => {
    process.exitCode = 1;
    process.stderr.write(`pypi-preflight: ${String(error)}\n`);
});

