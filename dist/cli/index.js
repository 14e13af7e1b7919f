#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 19:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(124)
const { safeRe: re, t } = __nccwpck_require__(535)
const cmp = __nccwpck_require__(814)
const debug = __nccwpck_require__(911)
const SemVer = __nccwpck_require__(515)
const Range = __nccwpck_require__(54)


/***/ }),

/***/ 54:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(807)
const cache = new LRU()

const parseOptions = __nccwpck_require__(124)
const Comparator = __nccwpck_require__(19)
const debug = __nccwpck_require__(911)
const SemVer = __nccwpck_require__(515)
const trimComparatorWhitespace = __nccwpck_require__(785)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(535)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(165)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 515:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(911)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(165)
const { safeRe: re, t } = __nccwpck_require__(535)

const parseOptions = __nccwpck_require__(124)
const { compareIdentifiers } = __nccwpck_require__(612)

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

/***/ 775:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(641)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 814:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(2)
const neq = __nccwpck_require__(46)
const gt = __nccwpck_require__(167)
const gte = __nccwpck_require__(204)
const lt = __nccwpck_require__(616)
const lte = __nccwpck_require__(389)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 449:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(515)
const parse = __nccwpck_require__(641)
const { safeRe: re, t } = __nccwpck_require__(535)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 696:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(515)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 250:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(373)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 373:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(515)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 479:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(641)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 2:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(373)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 167:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(373)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(373)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 154:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(515)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 616:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(373)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 389:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(373)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 95:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(515)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 419:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(515)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 46:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(373)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 641:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(515)
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

/***/ 764:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(515)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 482:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(641)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 5:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(373)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 176:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(696)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 67:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(54)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(696)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 290:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(641)
const constants = __nccwpck_require__(165)
const SemVer = __nccwpck_require__(515)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 20:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(641)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 776:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(535)
const constants = __nccwpck_require__(165)
const SemVer = __nccwpck_require__(515)
const identifiers = __nccwpck_require__(612)
const parse = __nccwpck_require__(641)
const valid = __nccwpck_require__(20)
const clean = __nccwpck_require__(775)
const inc = __nccwpck_require__(154)
const diff = __nccwpck_require__(479)
const major = __nccwpck_require__(95)
const minor = __nccwpck_require__(419)
const patch = __nccwpck_require__(764)
const prerelease = __nccwpck_require__(482)
const compare = __nccwpck_require__(373)
const rcompare = __nccwpck_require__(5)
const compareLoose = __nccwpck_require__(250)
const compareBuild = __nccwpck_require__(696)
const sort = __nccwpck_require__(256)
const rsort = __nccwpck_require__(176)
const gt = __nccwpck_require__(167)
const lt = __nccwpck_require__(616)
const eq = __nccwpck_require__(2)
const neq = __nccwpck_require__(46)
const gte = __nccwpck_require__(204)
const lte = __nccwpck_require__(389)
const cmp = __nccwpck_require__(814)
const coerce = __nccwpck_require__(449)
const truncate = __nccwpck_require__(290)
const Comparator = __nccwpck_require__(19)
const Range = __nccwpck_require__(54)
const satisfies = __nccwpck_require__(67)
const toComparators = __nccwpck_require__(190)
const maxSatisfying = __nccwpck_require__(81)
const minSatisfying = __nccwpck_require__(83)
const minVersion = __nccwpck_require__(130)
const validRange = __nccwpck_require__(881)
const outside = __nccwpck_require__(816)
const gtr = __nccwpck_require__(692)
const ltr = __nccwpck_require__(701)
const intersects = __nccwpck_require__(49)
const simplifyRange = __nccwpck_require__(852)
const subset = __nccwpck_require__(769)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 165:
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

/***/ 911:
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

/***/ 612:
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

/***/ 807:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 124:
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

/***/ 535:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(165)
const debug = __nccwpck_require__(911)
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

/***/ 785:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(165)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 692:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(816)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 49:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(54)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 701:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(816)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 81:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(515)
const Range = __nccwpck_require__(54)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 83:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(515)
const Range = __nccwpck_require__(54)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 130:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(515)
const Range = __nccwpck_require__(54)
const gt = __nccwpck_require__(167)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 816:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(515)
const Comparator = __nccwpck_require__(19)
const { ANY } = Comparator
const Range = __nccwpck_require__(54)
const satisfies = __nccwpck_require__(67)
const gt = __nccwpck_require__(167)
const lt = __nccwpck_require__(616)
const lte = __nccwpck_require__(389)
const gte = __nccwpck_require__(204)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 852:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(67)
const compare = __nccwpck_require__(373)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 769:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(54)
const Comparator = __nccwpck_require__(19)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(67)
const compare = __nccwpck_require__(373)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 190:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(54)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 881:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(54)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 50:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(291);


// `pypi-preflight version --sort | head` closes the pipe early; that is
// not an error worth a stack trace.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2), {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text),
    env: process.env,
    readStdin: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0, 'utf8'),
    colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

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

;// CONCATENATED MODULE: ./build/engine/changelog/text-lines.js
/**
 * Splits text into lines: a leading byte-order mark is dropped and CRLF, LF
 * and lone CR all end a line. A final line end does not add an empty line.
 */
function splitLines(text) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // Splitting on a plain `\n` is much faster; most files have no CR at all.
    const lines = body.includes('\r')
        ? body.split(/\r\n|\n|\r/)
        : body.split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
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
const BULLET = /^[-*+\u2022\u2023\u2043](?:[ \t]|$)/;
/**
 * The adornment character of a line made of one repeated punctuation
 * character from column 0 (trailing whitespace allowed), else `null`.
 */
function adornmentOf(line) {
    const ch = line[0];
    if (ch === undefined || !ADORNMENT_CHARS.has(ch))
        return null;
    const text = line.trimEnd();
    for (let i = 1; i < text.length; i++)
        if (text[i] !== ch)
            return null;
    return ch;
}
/**
 * Finds the section titles of a reStructuredText document: a title line
 * underlined, or over- and underlined, with one repeated punctuation
 * character. Levels follow docutils: each (character, overline) style gets
 * the next level the first time it appears. Indented text (directive
 * content, literal blocks, comments) never holds a title.
 */
function scanRstHeadings(lines) {
    const adorn = lines.map(adornmentOf);
    const levels = new Map();
    const headings = [];
    let i = 0;
    while (i < lines.length) {
        const title = titleAt(lines, adorn, i);
        if (!title) {
            i++;
            continue;
        }
        if (!levels.has(title.style))
            levels.set(title.style, levels.size + 1);
        const level = levels.get(title.style);
        headings.push({ ...title.heading, level });
        i = title.heading.end + 1;
    }
    return headings;
}
function titleAt(lines, adorn, i) {
    if (!startsBlock(lines, adorn, i))
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
        style: `${under}u`,
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
function startsBlock(lines, adorn, i) {
    if (i === 0)
        return true;
    const prev = lines[i - 1];
    if (isBlank(prev) || adorn[i - 1] !== null || /^[ \t]/.test(prev)) {
        return true;
    }
    return prev.startsWith('..') || BULLET.test(prev);
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
 * The changelog's markup: from the file name (`.md`, `.rst`, …) and, for
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
    const sample = Math.min(lines.length, SAMPLE_LINES);
    for (let i = 0; i < sample; i++) {
        const line = lines[i];
        if (ATX.test(line) || MD_FENCE.test(line) || MD_LINK.test(line)) {
            markdown++;
        }
        if (isRstOnly(lines, i))
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
// The grammar of PEP 440 § Appendix B, with the same leniency as packaging:
// case-insensitive, optional `v`, surrounding whitespace ignored. No `u` flag:
// packaging matches in ASCII mode, so U+017F (ſ) must not pass for `s` in
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
// PEP 440 § Local version identifiers: numeric segments sort above
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
    // Canonical spellings differ only where a release segment ends in `.0`.
    const equal = (n) => n !== null &&
        (n === wanted ||
            ((n.includes('.0') || wanted.includes('.0')) && equalityKey(n) === key));
    return entries.filter(e => e.kind === 'version' &&
        (equal(e.normalized) || e.alsoVersions.some(equal)));
}
/**
 * A string that two canonical (normalized) versions share exactly when
 * PEP 440 calls them equal: only trailing zeros of the release segment
 * (`1.0` == `1.0.0`) make equal versions spell differently.
 */
function equalityKey(normalized) {
    let end = normalized.indexOf('!') + 1;
    while (end < normalized.length) {
        const code = normalized.charCodeAt(end);
        if (code !== 0x2e && (code < 0x30 || code > 0x39))
            break;
        end++;
    }
    let release = normalized.slice(0, end);
    while (release.endsWith('.0'))
        release = release.slice(0, -2);
    return release + normalized.slice(end);
}

;// CONCATENATED MODULE: ./build/engine/changelog/entry-bounds.js

// `.. _v1.2.3:` (RST) and `<a name="v1.2.3"></a>` (Markdown) anchor the
// heading that follows them.
const RST_LABEL = /^\.\. _[^:`]{1,200}:[ \t]*$|^\.\. _`[^`]{1,200}`:[ \t]*$/;
const HTML_ANCHOR = /^[ \t]*<a[ \t]+(?:name|id)=["'][^"']{0,200}["'][ \t]*>[ \t]*<\/a>[ \t]*$/i;
// Link definitions that end a file: `[1.2.3]: https://…` (Markdown) and
// `.. _1.2.3: https://…` or `__ https://…` (RST hyperlink targets).
const MD_DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:[ \t]*\S/;
const RST_DEFINITION = /^\.\. _[^:]{1,200}:[ \t]+\S|^\.\. __:[ \t]+\S|^__[ \t]+\S/;
/**
 * The lines between a heading block and the heading that ends its section
 * (`stop`), or the end of the file. Labels and anchors directly above `stop`
 * belong to `stop`; a file's trailing block of link definitions belongs to
 * no section. Blank lines at either end are trimmed.
 */
function bodyRange(lines, headingEnd, stop) {
    const from = headingEnd + 1;
    const to = stop ? ownedStart(lines, stop.start) - 1 : beforeDefinitions(lines);
    return trimRange(lines, { from, to });
}
/** The first line belonging to the heading block starting at `start`. */
function ownedStart(lines, start) {
    let first = start;
    for (let i = start - 1; i >= 0; i--) {
        const line = lines[i];
        if (RST_LABEL.test(line) || HTML_ANCHOR.test(line))
            first = i;
        else if (!isBlank(line))
            break;
    }
    return first;
}
function beforeDefinitions(lines) {
    let last = lines.length - 1;
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i];
        if (MD_DEFINITION.test(line) || RST_DEFINITION.test(line))
            last = i - 1;
        else if (!isBlank(line))
            break;
    }
    return last;
}
/** Narrows a range to its first and last non-blank lines. */
function trimRange(lines, range) {
    let { from, to } = range;
    while (from <= to && isBlank(lines[from]))
        from++;
    while (to >= from && isBlank(lines[to]))
        to--;
    return { from, to };
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
// Dates sit right after the version; looking further only costs time.
const SEARCH_LIMIT = 200;
/**
 * Finds the first date in a short text: ISO `2024-01-02` (also `/` and `.`
 * separated, unpadded), `January 2, 2024`, `Jan 2nd 2024`, `2 January
 * 2024`, `6th December, 2024`, US `11-06-2013`, and month-and-year forms.
 */
function findDate(text) {
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

;// CONCATENATED MODULE: ./build/engine/changelog/entry-facts.js

// A first body line that only dates the release: `_4 August 2026_`,
// `Released on 2026-08-20.`, `(released June 21st, 2025)`,
// `:release-date: 2025-10-12`, `[Monday, 6 March 2023](…)`.
const RELEASE_LINE_LEAD = /^[ \t_*([:]*(?:release[ -]date|released[ \t]+on|released|date)?:?[ \t]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?/i;
const RELEASE_LINE_MAX = 120;
const UNRELEASED_MARK = /^[ \t_*(-]*(?:unreleased|not released|not yet released|in development|under development)(?![A-Za-z])/i;
const YANKED = /^yanked(?![A-Za-z])/i;
/** Builds an entry from its heading, what the heading names and its body. */
function entryFacts(lines, heading, name, range) {
    const rest = withoutLinkTargets(name.rest);
    const firstBody = range.from <= range.to ? lines[range.from] : '';
    const date = findDate(rest) ?? releaseLineDate(firstBody);
    return {
        kind: name.kind,
        version: name.version,
        normalized: name.normalized,
        alsoVersions: name.also,
        heading: heading.text,
        line: heading.line + 1,
        level: heading.level,
        bodyStart: range.from <= range.to ? range.from + 1 : null,
        bodyEnd: range.from <= range.to ? range.to + 1 : null,
        date: date?.iso ?? null,
        dateText: date?.text ?? null,
        dateInvalid: date?.invalid ?? false,
        yanked: hasWord(rest, YANKED, 'yank'),
        markedUnreleased: name.kind === 'version' &&
            (hasWord(rest, UNRELEASED_MARK, 'releas', 'develop') ||
                UNRELEASED_MARK.test(firstBody)),
        prefix: name.prefix
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
// `](https://…/compare/v1.0...v1.1)` holds versions and digits that are no
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
// Every title in UNRELEASED holds one of these.
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
// `[Unreleased](https://…/compare/1.0...HEAD)` reads `unreleased`.
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
    if (!isRelease(raw))
        return normalizeVersion(raw);
    // Only a segment with a leading zero (`08`) changes.
    if (!/^0[0-9]|\.0[0-9]/.test(raw))
        return raw;
    return raw
        .split('.')
        .map(p => p.replace(/^0+(?=[0-9])/, ''))
        .join('.');
}
// Digits in dot-separated segments, none empty.
function isRelease(raw) {
    let previous = 0x2e;
    for (let i = 0; i < raw.length; i++) {
        const code = raw.charCodeAt(i);
        if (code === 0x2e ? previous === 0x2e : code < 0x30 || code > 0x39) {
            return false;
        }
        previous = code;
    }
    return previous !== 0x2e;
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
const ALSO_VERSION = /[ \t]*(?:,|and|&)[ \t]*v?([0-9][0-9A-Za-z.!+_-]{0,99})/y;
const MAX_ALSO = 5;
/**
 * Reads what a heading names: a version near its start (after at most three
 * words such as `Version`, `Release`, a product name), a version series
 * (`0.15.x`), or an Unreleased-style title. `null` when it names none.
 */
function readHeadingName(text) {
    // Most sub-headings (`### Added`) hold no digit: no version to look for.
    const version = hasDigit(text) ? leadingVersion(text) : null;
    if (version)
        return version;
    return isUnreleasedTitle(text) ? heading_name_name('unreleased', null, null, '', '') : null;
}
function leadingVersion(text) {
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
    const prefix = words.filter(w => w !== '' && !KEYWORDS.has(w)).join(' ');
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
function heading_name_name(kind, version, normalized, prefix, rest, also = []) {
    return { kind, version, normalized, prefix, rest, also };
}
// `3.7.1 and 3.8.1 and 4.0.1`, `1.0.1, 1.1.1`: one section for several
// releases.
function alsoNamed(rest) {
    const also = [];
    const lead = rest.trimStart()[0];
    if (lead !== ',' && lead !== '&' && lead !== 'a')
        return also;
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
const ATX_OPEN = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const markdown_headings_SPACE = 0x20;
const TAB = 0x09;
const STARTS_CODE_OR_HTML = '`~<';
const STARTS_BREAK = '-*_';
const STARTS_ITEM = '-*+0123456789';
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[ \t>]|$)/i;
/**
 * Finds the headings of a Markdown document: ATX (`#` to `######`) and
 * setext (`===` for level 1, `---` for level 2). Lines inside fenced code
 * (backticks or tildes, any length), HTML comments, raw HTML blocks and a
 * YAML front matter block are never headings.
 */
function scanMarkdownHeadings(lines) {
    const headings = [];
    const state = {
        fence: null,
        htmlEnd: null,
        paragraph: -1,
        inList: false,
        tightList: false
    };
    for (let i = skipFrontMatter(lines); i < lines.length; i++) {
        const heading = scanLine(lines, i, state);
        if (heading)
            headings.push(heading);
    }
    return headings;
}
// A document may open with `---` … `---` metadata (MkDocs, Jekyll); its last
// line would otherwise read as a setext underline.
function skipFrontMatter(lines) {
    if (lines[0]?.trimEnd() !== '---')
        return 0;
    for (let i = 1; i < lines.length; i++) {
        const line = lines[i].trimEnd();
        if (line === '---' || line === '...')
            return i + 1;
    }
    return 0;
}
function scanLine(lines, i, state) {
    const line = lines[i];
    if (state.fence !== null) {
        if (closesFence(line, state.fence))
            state.fence = null;
        return null;
    }
    if (state.htmlEnd !== null) {
        if (line.toLowerCase().includes(state.htmlEnd))
            state.htmlEnd = null;
        return null;
    }
    // A line starting with a letter is paragraph text: the common case.
    const lead = line.charCodeAt(0) | 0x20;
    if (lead >= 0x61 && lead <= 0x7a) {
        continueParagraph(line, i, state);
        return null;
    }
    const first = firstMark(line);
    if (first === '') {
        state.paragraph = -1;
        state.tightList = false;
        return null;
    }
    // Only the first character can make a line more than paragraph text.
    if (STARTS_CODE_OR_HTML.includes(first) && opensCodeOrHtml(line, state)) {
        return null;
    }
    if ((first === '=' || first === '-') && state.paragraph >= 0) {
        if (SETEXT_UNDERLINE.test(line))
            return setextHeading(lines, i, state);
    }
    if (STARTS_BREAK.includes(first) && isThematicBreak(line)) {
        endBlocks(state);
        return null;
    }
    if (STARTS_ITEM.includes(first) && isListItem(line)) {
        state.paragraph = -1;
        state.inList = true;
        state.tightList = true;
        return null;
    }
    const atx = first === '#' ? ATX_OPEN.exec(line) : null;
    if (atx) {
        endBlocks(state);
        const level = atx[1].length;
        return { line: i, start: i, end: i, level, text: atxText(line, atx[0]) };
    }
    continueParagraph(line, i, state);
    return null;
}
// The first character after the indentation; '' for a blank line.
function firstMark(line) {
    for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        if (code === markdown_headings_SPACE || code === TAB)
            continue;
        if (code > 0x20 && code < 0x7f)
            return line[i];
        return isBlank(line) ? '' : line[i];
    }
    return '';
}
// `- x`, `* x`, `+ x`, `1. x` or `1) x` after any indentation.
function isListItem(line) {
    let i = 0;
    while (line.charCodeAt(i) === markdown_headings_SPACE || line.charCodeAt(i) === TAB)
        i++;
    const start = i;
    while (i - start < 9 && isDigitCode(line.charCodeAt(i)))
        i++;
    const mark = line.charCodeAt(i);
    const ordered = i > start && (mark === 0x2e || mark === 0x29);
    const bullet = i === start && (mark === 0x2d || mark === 0x2a || mark === 0x2b);
    if (!ordered && !bullet)
        return false;
    const after = line.charCodeAt(i + 1);
    return Number.isNaN(after) || after === markdown_headings_SPACE || after === TAB;
}
function isDigitCode(code) {
    return code >= 0x30 && code <= 0x39;
}
function setextHeading(lines, i, state) {
    const first = state.paragraph;
    endBlocks(state);
    // CommonMark: every line of the paragraph is the heading's text.
    const text = lines
        .slice(first, i)
        .map(l => l.trim())
        .join(' ');
    const level = lines[i].trimStart().startsWith('=') ? 1 : 2;
    return { line: first, start: first, end: i, level, text };
}
function endBlocks(state) {
    state.paragraph = -1;
    state.inList = false;
    state.tightList = false;
}
// Fenced code and HTML blocks may interrupt a paragraph; their lines are
// never headings.
function opensCodeOrHtml(line, state) {
    const fence = FENCE_OPEN.exec(line);
    if (fence)
        state.fence = fence[1];
    else if (line.trimStart().startsWith('<!--')) {
        if (!line.includes('-->', line.indexOf('<!--') + 4))
            state.htmlEnd = '-->';
    }
    else {
        const raw = RAW_HTML_OPEN.exec(line);
        if (!raw)
            return false;
        const end = `</${raw[1].toLowerCase()}>`;
        if (!line.toLowerCase().includes(end))
            state.htmlEnd = end;
    }
    state.paragraph = -1;
    return true;
}
function continueParagraph(line, i, state) {
    if (state.paragraph >= 0)
        return;
    // A list item goes on over lazy lines and, after a blank, indented ones;
    // neither can become a setext heading of the document.
    if (state.inList && (state.tightList || indentOf(line) >= 2)) {
        state.tightList = true;
        return;
    }
    state.inList = false;
    if (indentOf(line) >= 4 || line.trimStart().startsWith('>'))
        return;
    state.paragraph = i;
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
// CommonMark § ATX headings: the optional closing sequence is a run of `#`
// preceded by a space (or the whole content); anything else is text.
function atxText(line, opening) {
    const content = line.slice(opening.length).trim();
    let end = content.length;
    while (end > 0 && content[end - 1] === '#')
        end--;
    if (end === 0)
        return '';
    const before = content[end - 1];
    if (end < content.length && (before === ' ' || before === '\t')) {
        return content.slice(0, end).trim();
    }
    return content;
}

;// CONCATENATED MODULE: ./build/engine/changelog/parse-changelog.js







// `Previous releases`, `Older changes`: a section after the last release
// that lists none itself.
const TRAILER_WORDS = new Set(['previous', 'older', 'earlier', 'past', 'prior']);
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
    const lines = splitLines(text);
    const format = detectChangelogFormat(file, lines);
    const headings = format === 'markdown' ? scanMarkdownHeadings(lines) : scanRstHeadings(lines);
    const names = acceptedNames(headings, options.projectName);
    const stops = stopFlags(headings, names);
    const entries = [];
    for (let i = 0; i < headings.length; i++) {
        const name = names[i];
        if (!name)
            continue;
        const heading = headings[i];
        let last = heading;
        // Stacked titles for one release (`1.0 (date)` then `proj 1.0 (date)`)
        // form one heading block.
        while (i + 1 < headings.length &&
            restates(lines, last, name, headings[i + 1], names[i + 1])) {
            last = headings[++i];
        }
        const stop = nextStop(headings, stops, i + 1, heading.level);
        const range = bodyRange(lines, last.end, stop);
        entries.push(entryFacts(lines, heading, name, range));
    }
    return { format, text, lines, entries };
}
function restates(lines, heading, name, next, nextName) {
    if (!nextName || nextName.kind !== 'version' || name.kind !== 'version') {
        return false;
    }
    if (nextName.normalized === null || nextName.normalized !== name.normalized) {
        return false;
    }
    if (next.level !== heading.level)
        return false;
    for (let i = heading.end + 1; i < next.start; i++) {
        if (!isBlank(lines[i]))
            return false;
    }
    return true;
}
// Headings that end any entry above them: those naming a version and
// trailers. Sub-headings repeat (`### Fixed`), so each text is read once.
function stopFlags(headings, names) {
    const trailers = new Map();
    return headings.map((heading, j) => {
        if (names[j])
            return true;
        let trailer = trailers.get(heading.text);
        if (trailer === undefined) {
            trailer = isTrailer(heading.text);
            trailers.set(heading.text, trailer);
        }
        return trailer;
    });
}
function nextStop(headings, stops, from, level) {
    for (let j = from; j < headings.length; j++) {
        const heading = headings[j];
        if (stops[j] || heading.level < level)
            return heading;
    }
    return null;
}
function isTrailer(text) {
    const space = text.indexOf(' ');
    const first = (space < 0 ? text : text.slice(0, space)).toLowerCase();
    return TRAILER_WORDS.has(first) && text.split(/\s+/, 7).length <= 6;
}
/**
 * Reads every heading's name, then drops names a sub-heading only mentions:
 * below the level most releases use, a version after other words counts
 * only when those words open a release heading too (`### Mypy 2.3.1` under
 * `## Mypy 2.3`), never when they are prose (`Using Kombu 5.5.0rc3`).
 */
function acceptedNames(headings, projectName) {
    const read = new Map();
    const names = headings.map(h => {
        let name = read.get(h.text);
        if (name === undefined) {
            name = readHeadingName(h.text);
            read.set(h.text, name);
        }
        return name;
    });
    const main = releaseLevel(headings, names);
    const prefixes = new Set();
    names.forEach((name, i) => {
        const level = headings[i].level;
        if (name && name.kind !== 'unreleased' && level <= main) {
            prefixes.add(name.prefix);
        }
    });
    const known = new Set([...prefixes].map(firstWord));
    if (projectName)
        known.add(firstWord(projectName));
    return names.map((name, i) => {
        if (!name || headings[i].level <= main)
            return name;
        if (name.kind === 'unreleased')
            return null;
        return name.prefix === '' || known.has(firstWord(name.prefix)) ? name : null;
    });
}
// The level holding most version headings, preferring those that start
// with the version (their level is the release level for certain).
function releaseLevel(headings, names) {
    const counts = new Map();
    const count = (bare) => {
        names.forEach((name, i) => {
            if (name?.kind !== 'version' || (bare && name.prefix !== ''))
                return;
            const level = headings[i].level;
            counts.set(level, (counts.get(level) ?? 0) + 1);
        });
    };
    count(true);
    if (counts.size === 0)
        count(false);
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



const entry_content_MD_DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:/;
// Template lines a changelog keeps until there is something to say.
const PLACEHOLDERS = new Set([
    'nothing changed yet',
    'nothing yet',
    'no changes yet',
    'tbd',
    'todo',
    'add your changes here',
    '...',
    '…'
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
    const headings = format === 'markdown' ? scanMarkdownHeadings(body) : scanRstHeadings(body);
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
    if (entry_content_MD_DEFINITION.test(line))
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

function versionedEntry(entry) {
    if (entry.kind !== 'version' || entry.normalized === null)
        return null;
    const version = parseVersion(entry.normalized);
    return version ? { entry, version } : null;
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
 * and product prefix (`rust-v…` and `python-v…` sections of one file are two
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
    if (compareVersions(above.version, below.version) >= 0)
        return false;
    const a = above.entry.date;
    const b = below.entry.date;
    if (a !== null && b !== null)
        return a < b;
    return series(above.version) === series(below.version);
}
function series(v) {
    return `${v.epoch}!${v.release[0] ?? 0n}.${v.release[1] ?? 0n}`;
}
/**
 * Up to `count` entries whose versions are nearest to `version` in PEP 440
 * order, alternating below and above it, newest first.
 */
function nearestEntries(entries, version, count) {
    const sorted = versioned(entries).sort((x, y) => compareVersions(x.version, y.version));
    let above = sorted.findIndex(v => compareVersions(v.version, version) > 0);
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
    return picked
        .sort((x, y) => compareVersions(y.version, x.version))
        .map(v => v.entry);
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
function mostlyDated(changelog, entry) {
    const others = changelog.entries.filter(e => e !== entry && e.kind === 'version');
    const dated = others.filter(e => e.dateText !== null).length;
    return others.length > 0 && dated * 2 > others.length;
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
// Sphinx roles whose text is code: `:func:` → `name()`, `:class:` → `Name`.
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
 * readable text (`:issue:` → `#123`, `:user:` → `@name`, `:func:` → code).
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
        else if (c === UNDERSCORE && targets.size > 0) {
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
// reST § Inline markup recognition rules: an end-string follows no
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
// CommonMark § Code spans: the fence is a backtick run no run inside
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
const reference_links_RST_TARGET = /^\.\. _(`[^`]{1,200}`|[^:`]{1,200}):[ \t]+(\S.*)$/;
// A label longer than CommonMark's 999 characters is no label.
const MAX_LABEL = 1000;
const MAX_SEARCHES = 32;
const OPEN = 0x5b;
const PAREN = 0x28;
const reference_links_COLON = 0x3a;
const CLOSE = 0x5d;
const BACKSLASH = 0x5c;
/**
 * Markdown link reference definitions (`[1.2.3]: https://…`) in `lines`,
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
/** reStructuredText named hyperlink targets (`.. _name: url`) in the file. */
function rstTargets(lines) {
    const targets = new Map();
    for (const line of lines) {
        const m = reference_links_RST_TARGET.exec(line);
        if (!m)
            continue;
        const name = normalizeName(m[1].replace(/^`|`$/g, ''));
        targets.set(name, m[2].trim());
    }
    return targets;
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
// Definitions are found by searching the text for `[label]:` as written,
// which is quick; a label written differently (other case or spacing) makes
// it read every line instead.
function definitionsIn(file, wanted) {
    // Each search reads the whole text: many labels make one scan cheaper.
    if (wanted.size > MAX_SEARCHES)
        return markdownDefinitions(file.lines, wanted);
    const found = new Map();
    for (const label of wanted) {
        const line = definitionLine(file.text, label);
        if (line === null)
            return markdownDefinitions(file.lines, wanted);
        found.set(label, line);
    }
    return found;
}
function definitionLine(text, label) {
    const needle = `[${label}]:`;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        const start = text.lastIndexOf('\n', at) + 1;
        const line = text.slice(start, lineEnd(text, at));
        if (at - start <= 3 && reference_links_MD_DEFINITION.test(line))
            return line.trim();
    }
    return null;
}
function lineEnd(text, from) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline;
    return text[end - 1] === '\r' ? end - 1 : end;
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
/** A bullet item line: indentation, then `-`, `*`, `+` or `•`. */
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
 * reST § Literal blocks: `Example::` shows `Example:`, `Example ::` shows
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
        : withUsedDefinitions(body, changelog);
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
function dropEmptySections(lines) {
    const headings = scanMarkdownHeadings(lines);
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
                message: `${tried} → '${configured}' is an absolute path`,
                hint: 'Give the path relative to the folder holding pyproject.toml.'
            })
        };
    }
    const text = ctx.read(path);
    if (text === undefined) {
        return {
            failure: fail(ctx, 'version/file-missing', tried, from, {
                message: `${tried} → ${path} does not exist`,
                hint: `Create ${path} or point the version source at the file that holds the version.`
            })
        };
    }
    if (text.length > MAX_FILE_CHARS) {
        return {
            failure: fail(ctx, 'file/too-large', tried, { file: path }, {
                message: `${tried} → ${path} is larger than 5 MB and was not read`,
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
    return fail(ctx, 'version/unresolved', tried, where, text);
}
/** Like `unresolved`, with a more specific finding id. */
function fail(ctx, id, tried, where, text) {
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
            message: `${tried} → ${read.path} is empty on its first line`,
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
            message: `${tried} → '${module}' is not a Python module path`,
            hint: 'Write attr as "package.module.__version__".'
        });
    }
    const candidates = moduleFiles(module, layout);
    const path = candidates.find(p => ctx.read(p) !== undefined);
    if (path === undefined) {
        return unresolved(ctx, tried, at, {
            message: `${tried} → module '${module}' not found (looked for ${candidates.join(', ')})`,
            hint: `Point attr at an importable module, or map its folder with [tool.setuptools.package-dir], e.g. {"" = "src"}.`
        });
    }
    const read = readReferenced(ctx, path, tried, at);
    if ('failure' in read)
        return read.failure;
    const found = findStringAssignment(read.text, attr);
    if (!found) {
        return unresolved(ctx, tried, { file: path }, {
            message: `${tried} → ${path} has no ${attr} assignment`,
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
            message: 'setup.cfg version → [metadata] version is empty',
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

;// CONCATENATED MODULE: ../../work/main/node_modules/smol-toml/dist/error.js
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

;// CONCATENATED MODULE: ../../work/main/node_modules/smol-toml/dist/primitive.js
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

;// CONCATENATED MODULE: ../../work/main/node_modules/smol-toml/dist/date.js
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

;// CONCATENATED MODULE: ../../work/main/node_modules/smol-toml/dist/extract.js
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

;// CONCATENATED MODULE: ../../work/main/node_modules/smol-toml/dist/util.js
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

;// CONCATENATED MODULE: ../../work/main/node_modules/smol-toml/dist/struct.js
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

;// CONCATENATED MODULE: ../../work/main/node_modules/smol-toml/dist/parse.js
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
function parse(toml, options = {}) {
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

;// CONCATENATED MODULE: ../../work/main/node_modules/smol-toml/dist/stringify.js
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

;// CONCATENATED MODULE: ../../work/main/node_modules/smol-toml/dist/index.js
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
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./build/engine/pyproject/toml-access.js
/** Parsing TOML without throwing, and typed reads from the loosely shaped result. */

/** Parses TOML; a syntax error is returned, never thrown. */
function parseToml(text) {
    try {
        return { toml: parse(text) };
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
            message: 'flit module → neither [tool.flit.module] name nor [project] name is set',
            hint: 'Set [project] name, or [tool.flit.module] name = "pkg".'
        });
    }
    const tried = `flit module '${name}'`;
    if (!isDottedName(name)) {
        return unresolved(ctx, tried, at, {
            message: `${tried} → not a Python module name`,
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
            message: `${tried} → none of ${candidates.join(', ')} exists`,
            hint: 'Set [tool.flit.module] name to the importable module that holds __version__.'
        });
    }
    const read = readReferenced(ctx, path, tried, at);
    if ('failure' in read)
        return read.failure;
    const found = findStringAssignment(read.text, '__version__');
    if (!found) {
        return unresolved(ctx, tried, { file: read.path }, {
            message: `${tried} → ${read.path} has no __version__ assignment`,
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
                message: `hatch version source '${source}' → computed at build time, so it cannot be read without running the build`,
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
            message: 'hatch path → [tool.hatch.version] has no path',
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
            message: `${tried} → pattern cannot be used: ${compiled.error}`,
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
            message: `${tried} → ${read.path} has no line matching ${custom === undefined ? 'the default pattern (__version__ = "…")' : `pattern ${custom}`}`,
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
        message: `${tried} → ${crate.path} has no [package] version`,
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
        message: `${tried} → ${crate.path} inherits its version from the workspace, but no parent Cargo.toml has a [workspace] table`,
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
            message: `${tried} → workspace root ${path} has no [workspace.package] version`,
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
        message: `${tried} → ${path} is not valid TOML: ${parsed.error}`,
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
            message: `pdm version source '${source ?? ''}' → not readable without running the build`,
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
            message: 'pdm file → [tool.pdm.version] has no path',
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
            message: `${tried} → ${read.path} has no __version__ assignment`,
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
            message: `scikit-build-core provider '${provider}' → not readable without running the build`,
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
            message: 'scikit-build-core regex → [tool.scikit-build.metadata.version] has no input',
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
            message: `${tried} → regex cannot be used: ${compiled.error}`,
            hint: 'Use a regex without Python-only syntax.'
        });
    }
    const read = readReferenced(ctx, input, tried, at);
    if ('failure' in read)
        return read.failure;
    const m = searchPython(compiled.regex, read.text);
    if (!m) {
        return unresolved(ctx, tried, { file: read.path }, {
            message: `${tried} → ${read.path} has no match for the regex`,
            hint: 'Make regex match the version in the input file.'
        });
    }
    const template = stringAt(config, 'result') ?? DEFAULT_RESULT;
    const result = formatPython(template, m.groups, m.named);
    if (result === undefined) {
        return unresolved(ctx, tried, settingsAt, {
            message: `${tried} → result '${template}' names a group the regex did not capture, or uses unsupported format syntax`,
            hint: 'Use only {name} or {0} fields that the regex captures.'
        });
    }
    const removed = removePattern(stringAt(config, 'remove'), result);
    if (removed === undefined) {
        return unresolved(ctx, tried, settingsAt, {
            message: `${tried} → remove pattern cannot be used`,
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
        message: 'setuptools dynamic version → [tool.setuptools.dynamic] version has neither attr nor file',
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
            message: '[project] version → is not a string',
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
        return fail(ctx, 'version/dynamic-without-source', `${family.label} dynamic version`, { file: PYPROJECT, line: pyprojectLine(ctx, 'project', 'dynamic') }, {
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
    { group: 'changelog', title: 'Changelog', groups: ['changelog'] }
];
/** The checks table: one row per area, with its status and a one-line detail. */
function checkOutcomes(findings, facts) {
    const details = {
        tag: tagDetail(facts.run, facts.tagVersion),
        version: versionDetail(facts.project, facts.version),
        changelog: facts.changelog
    };
    return ROWS.map(row => {
        const own = findings.filter(f => row.groups.includes(groupOf(f.id)));
        return {
            group: row.group,
            title: row.title,
            status: statusOf(own),
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

// EXTERNAL MODULE: ../../work/main/node_modules/semver/index.js
var semver = __nccwpck_require__(776);
;// CONCATENATED MODULE: ./build/engine/version/semver-tag.js
/**
 * Release tags written as strict SemVer 2.0 (`1.2.3-rc.1`) and the PEP 440
 * version each one stands for (`1.2.3rc1`).
 */


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
 * stands for: `1.2.3-rc.1` → `1.2.3rc1`, `-alpha` → `a0`, `-beta.2` → `b2`,
 * `-dev.4` → `.dev4`, `+build.5` → local `+build.5`. Take any tag prefix
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
// semver.parse() also takes a leading `v` and surrounding whitespace.
function isStrictSemver(text) {
    return /^[0-9]/.test(text) && !/\s$/.test(text) && semver.parse(text) !== null;
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
 * which the rest is a version (`py-1.2.3` → `py-`, `pkg@1.0` → `pkg@`).
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
    const { run } = snapshot;
    const project = snapshot.pyproject
        ? resolveProjectVersion(snapshot.pyproject.text, snapshot.readFile)
        : null;
    const tagged = readTag(run, options);
    const verdict = versionVerdict(run, tagged, project);
    const name = project?.name?.normalized ?? null;
    const indexPage = name && verdict.version
        ? indexPageUrl(options.indexUrl, name, verdict.version)
        : null;
    const changelog = checkChangelog(snapshot.changelog, {
        version: verdict.version,
        mode: run.mode,
        required: options.changelogRequired,
        today: snapshot.today,
        projectName: project?.name?.raw ?? null,
        indexLink: options.appendIndexLink ? indexPage : null
    });
    const findings = withoutIgnored([
        ...run.findings,
        ...(tagged?.findings ?? []),
        ...(project
            ? project.findings
            : [missingPyproject(snapshot.workingDirectory)]),
        ...verdict.findings,
        ...changelog.findings
    ], options.ignore);
    const parsed = verdict.version === null ? null : parseVersion(verdict.version);
    return {
        facts: {
            mode: run.mode,
            tag: run.tag,
            version: verdict.version,
            prerelease: parsed !== null && isPrerelease(parsed),
            packageName: name,
            versionSource: project ? sourceText(project) : null,
            indexPage,
            releaseNotes: changelog.notes,
            notesSource: changelog.notesSource,
            changelogFile: changelog.file,
            changelogDate: changelog.date
        },
        checks: checkOutcomes(findings, {
            run,
            tagVersion: tagged?.version ?? null,
            project,
            version: verdict.version,
            changelog: changelogDetail(snapshot.changelog, changelog)
        }),
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
function missingPyproject(workingDirectory) {
    return finding('version/no-pyproject', 'error', `No pyproject.toml in the working directory '${workingDirectory}'.`, {
        hint: "Set working-directory to the folder holding pyproject.toml (e.g. 'bindings/python')."
    });
}
function sourceText(project) {
    const d = project.declaration;
    if (d.kind === 'vcs')
        return `${d.tool} (from the tag; configured in ${d.file}:${d.line})`;
    if (d.kind === 'unresolved')
        return `unresolved: ${d.tried}`;
    return `${d.file}:${d.line} (${describeSource(d.source)})`;
}
function changelogDetail(source, verdict) {
    if (source.kind === 'disabled')
        return 'changelog: none; release notes are generated';
    if (source.kind === 'missing')
        return 'no changelog file; release notes are generated';
    if (verdict.notesSource === null)
        return `${source.file}: no version to look up`;
    const from = {
        entry: 'its own entry',
        unreleased: 'the Unreleased section',
        'base-version': "the base version's entry",
        generated: 'generated text (no entry)'
    }[verdict.notesSource];
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

;// CONCATENATED MODULE: ./build/engine/report/render-markdown.js
const STATUS_ICON = {
    pass: '✅ pass',
    warn: '⚠️ warn',
    fail: '❌ fail',
    skip: '⏭️ skip'
};
const SEVERITY_ICON = {
    error: '❌ error',
    warning: '⚠️ warning',
    notice: 'ℹ️ notice'
};
/** The job summary: verdict, release facts, checks table and findings. */
function renderMarkdown(report) {
    return [
        heading(report),
        factsTable(report),
        checksTable(report.checks),
        findingsList(report.findings),
        notesBlock(report)
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
        ['Tag', f.tag === null ? '—' : code(f.tag)],
        ['Package', f.packageName === null ? '—' : code(f.packageName)],
        ['Version', f.version === null ? '—' : code(f.version)],
        ['Pre-release', f.prerelease ? 'yes' : 'no'],
        ['Version source', f.versionSource === null ? '—' : cell(f.versionSource)],
        ['Changelog', changelogFact(report)],
        ['Index page', f.indexPage === null ? '—' : cell(f.indexPage)]
    ];
    return ['| Fact | Value |', '| --- | --- |']
        .concat(rows.map(([k, v]) => `| ${k} | ${v} |`))
        .join('\n');
}
function changelogFact(report) {
    const f = report.facts;
    if (f.notesSource === null)
        return '—';
    const file = f.changelogFile === null ? 'no changelog' : code(f.changelogFile);
    const date = f.changelogDate === null ? '' : `, dated ${f.changelogDate}`;
    const source = {
        entry: 'its own entry',
        unreleased: 'the Unreleased section',
        'base-version': "the base version's entry",
        generated: 'generated text'
    }[f.notesSource];
    return `${file}: notes from ${source}${date}`;
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
/** Inline code that holds any text, backticks included (CommonMark §6.1). */
function code(text) {
    const flat = text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
    const runs = flat.match(/`+/g) ?? [];
    const fence = '`'.repeat(Math.max(0, ...runs.map(r => r.length)) + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
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
const CONTROL = new RegExp('\\u001b(?!\\[[0-9;]*m)|[\\u0000-\\u0008\\u000b-\\u001a\\u001c-\\u001f\\u007f-\\u009f]', 'g');
/* eslint-enable no-control-regex */
function sanitize(line) {
    return line.replace(CONTROL, '');
}

;// CONCATENATED MODULE: ./build/engine/index.js
/**
 * The engine's public API: pure decisions over text and bytes. Adapters
 * (the action and the CLI) import only from here.
 */










;// CONCATENATED MODULE: ./build/engine/version/describe-version.js
/**
 * What `pypi-preflight version --json` and `--sort` print: the facts
 * `packaging.version.Version` reports about a version string, and a PEP 440
 * sort of many.
 */

/** Describes one version string; never throws. */
function describeVersion(input) {
    const v = parseVersion(input);
    if (!v)
        return invalid(input);
    return {
        input,
        valid: true,
        normalized: formatVersion(v),
        prerelease: isPrerelease(v),
        dev: v.dev,
        post: v.post,
        local: v.local && v.local.join('.'),
        epoch: v.epoch,
        release: v.release
    };
}
function invalid(input) {
    return {
        input,
        valid: false,
        normalized: null,
        prerelease: null,
        dev: null,
        post: null,
        local: null,
        epoch: null,
        release: null
    };
}
const KEYS = [
    'input',
    'valid',
    'normalized',
    'prerelease',
    'dev',
    'post',
    'local',
    'epoch',
    'release'
];
/**
 * One line of JSON, keys in a fixed order. Integers are written as their
 * exact digits: release numbers past 2^53 are valid PEP 440 and must not be
 * rounded the way a JSON number read into a double would be.
 */
function versionDescriptionToJson(d) {
    const fields = KEYS.map(k => `${JSON.stringify(k)}:${jsonValue(d[k])}`);
    return `{${fields.join(',')}}`;
}
function jsonValue(value) {
    if (typeof value === 'bigint')
        return value.toString();
    if (Array.isArray(value))
        return `[${value.map(String).join(',')}]`;
    return JSON.stringify(value);
}
/**
 * The valid versions among `inputs`, normalized, in ascending PEP 440 order.
 * Invalid strings are dropped. The sort is stable, so versions that compare
 * equal (`1.0` and `1.0.0`) keep their input order.
 */
function sortVersions(inputs) {
    return inputs
        .map(parseVersion)
        .filter((v) => v !== null)
        .sort(compareVersions)
        .map(formatVersion);
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
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
        if (external_node_path_namespaceObject.isAbsolute(relative) || relative.includes('\0'))
            return undefined;
        const target = safeRealpath(external_node_path_namespaceObject.resolve(workingDirectory, relative));
        if (!target || !realRoot || !isInside(target, realRoot))
            return undefined;
        return readTextFile(target);
    };
}
/** The folder reads are confined to: the checkout that holds the working directory. */
function checkoutRoot(workingDirectory, env) {
    const wd = external_node_path_namespaceObject.resolve(workingDirectory);
    const workspace = env.GITHUB_WORKSPACE
        ? external_node_path_namespaceObject.resolve(env.GITHUB_WORKSPACE)
        : null;
    if (workspace && isInside(wd, workspace))
        return workspace;
    for (let dir = wd;; dir = external_node_path_namespaceObject.dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_namespaceObject.join(dir, '.git')))
            return dir;
        if (external_node_path_namespaceObject.dirname(dir) === dir)
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
        return buffer.subarray(0, read).toString('utf8');
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
function isInside(child, parent) {
    const rel = external_node_path_namespaceObject.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_namespaceObject.isAbsolute(rel));
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
    const full = external_node_path_namespaceObject.resolve(workingDirectory, file);
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
            return (0,external_node_fs_.readdirSync)(external_node_path_namespaceObject.join(workingDirectory, folder), {
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





/** Reads, once, everything the checks need from the disk and the environment. */
async function readReleaseSnapshot(settings, env) {
    const wd = external_node_path_namespaceObject.resolve(settings.workingDirectory);
    const readFile = projectFileReader(wd, checkoutRoot(wd, env));
    const text = readFile('pyproject.toml');
    return Promise.resolve({
        run: resolveRun(settings.mode, settings.tag, readRunContext(env)),
        pyproject: text === undefined ? null : { file: 'pyproject.toml', text },
        readFile,
        workingDirectory: settings.workingDirectory,
        changelog: readChangelog(settings.changelog, wd),
        today: latestToday()
    });
}

;// CONCATENATED MODULE: ./build/settings.js
/**
 * Every input of the action (and flag of the CLI), parsed and validated once.
 * Both adapters build `Settings` through `parseSettings`, so a value means
 * the same thing wherever it comes from.
 */
/** Modes of DESIGN: `auto` picks `release` on a tag and `readiness` otherwise. */
const MODES = ['auto', 'release', 'readiness'];
const VERSION_SCHEMES = ['pep440', 'semver'];
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
/** Every input name, as in action.yml and as `--name` on the command line. */
const INPUT_NAMES = [
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
];
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

;// CONCATENATED MODULE: ./build/cli/args.js
/** A usage mistake: the CLI prints it with the help hint and exits 2. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = UsageError.name;
    }
}
/**
 * Parses `command --name value --name=value --switch VALUE…`. Names in
 * `switches` take no value (`--json`); a bare boolean input (`--strict`)
 * means `true` when the next word is another flag or absent.
 */
function parseArgs(argv, switches, booleans) {
    const [command = 'help', ...rest] = argv;
    const flags = new Map();
    const positional = [];
    for (let i = 0; i < rest.length; i++) {
        const word = rest[i];
        if (word === '--') {
            positional.push(...rest.slice(i + 1));
            break;
        }
        if (!word.startsWith('--') || word === '-') {
            positional.push(word);
            continue;
        }
        const eq = word.indexOf('=');
        const name = word.slice(2, eq === -1 ? undefined : eq);
        if (flags.has(name))
            throw new UsageError(`--${name} is given twice.`);
        if (eq !== -1)
            flags.set(name, word.slice(eq + 1));
        else if (switches.has(name))
            flags.set(name, 'true');
        else {
            const next = rest[i + 1];
            if (next === undefined || (next.startsWith('--') && booleans.has(name))) {
                if (!booleans.has(name))
                    throw new UsageError(`--${name} needs a value.`);
                flags.set(name, 'true');
            }
            else {
                flags.set(name, next);
                i++;
            }
        }
    }
    return { command, flags, positional };
}

;// CONCATENATED MODULE: ./build/cli/help.js
/** The CLI's usage text. */
const HELP = `pypi-preflight: check that a Python release is exactly what you mean to ship.

Usage:
  pypi-preflight check [--<input> VALUE ...] [--json]
      The whole check, as the GitHub Action runs it. Every action input is
      a flag of the same name, e.g.
        pypi-preflight check --tag v1.2.3
        pypi-preflight check --mode readiness --working-directory bindings/python
      Exit 0 when it passes (warnings included, unless --strict), 1 when it
      fails, 2 on bad usage.

  pypi-preflight version [--json] [--sort] [VERSION ...]
      Each version (or each line of standard input) with its normalized
      PEP 440 form; --json prints one object a line; --sort prints the valid
      ones normalized, ascending in PEP 440 order:
        git tag | pypi-preflight version --sort
      Exit 1 when any version is invalid.

  pypi-preflight notes --version V [--changelog FILE] [--json]
      The release notes for V as the action would publish them (from the
      changelog in --working-directory, auto-detected unless --changelog is
      given). Exit 1 with the reason when there is no usable entry.

  pypi-preflight help
      This text.

Inputs (see the README for defaults and meanings):
  --mode --tag --tag-prefix --working-directory --version-scheme --changelog
  --changelog-required --dist --expected-wheels --expected-platforms
  --require-sdist --check-index --index-url --release-notes-file
  --append-index-link --upload-artifact --trusted-publishing --environment
  --ignore --strict --github-token
`;

;// CONCATENATED MODULE: ./build/cli/notes-command.js






const NOTES_FLAGS = new Set([
    'version',
    'changelog',
    'working-directory',
    'changelog-required',
    'append-index-link',
    'index-url',
    'json'
]);
/** `notes --version V`: the release notes as the action would publish them. */
function notesCommand(args, io) {
    const unknown = [...args.flags.keys()].find(k => !NOTES_FLAGS.has(k));
    if (unknown)
        throw new UsageError(`Unknown option --${unknown} for 'notes'.`);
    const version = args.flags.get('version');
    if (!version)
        throw new UsageError("'notes' needs --version, e.g. --version 1.2.3.");
    if (normalizeVersion(version) === null) {
        throw new UsageError(`--version '${version}' is not a PEP 440 version.`);
    }
    const settings = parseSettings(name => name === 'version' ? undefined : args.flags.get(name));
    const wd = external_node_path_namespaceObject.resolve(settings.workingDirectory);
    const name = notes_command_projectName(wd);
    const verdict = checkChangelog(readChangelog(settings.changelog, wd), {
        version,
        mode: 'release',
        required: settings.changelogRequired,
        today: latestToday(),
        projectName: name?.raw ?? null,
        indexLink: settings.appendIndexLink && name
            ? indexPageUrl(settings.indexUrl, name.normalized, normalizeVersion(version) ?? version)
            : null
    });
    const failed = verdict.findings.some(f => f.severity === 'error');
    if (args.flags.has('json'))
        io.out(JSON.stringify({ version, ...verdict }, null, 2) + '\n');
    else
        printNotes(verdict, failed, io);
    return failed ? 1 : 0;
}
function printNotes(verdict, failed, io) {
    for (const f of verdict.findings) {
        const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
        io.err(`${where}${f.severity}: ${f.message} [${f.id}]${f.hint ? `\n    fix: ${f.hint}` : ''}\n`);
    }
    if (!failed && verdict.notes !== null)
        io.out(verdict.notes.replace(/\n*$/, '\n'));
}
// The name only decorates the notes (generated text, index link), so a
// missing or broken pyproject is not an error here.
function notes_command_projectName(wd) {
    const text = readTextFile(external_node_path_namespaceObject.join(wd, 'pyproject.toml'));
    return text === undefined
        ? null
        : resolveProjectVersion(text, () => undefined).name;
}

;// CONCATENATED MODULE: ./build/cli/main.js







const SWITCHES = new Set(['json', 'sort', 'help']);
/** Runs one command; returns the exit code (0 ok, 1 failed check, 2 usage). */
async function main(argv, io) {
    try {
        const args = parseArgs(argv, SWITCHES, BOOLEAN_INPUTS);
        if (args.command === 'help' ||
            args.command === '--help' ||
            args.flags.has('help')) {
            io.out(HELP);
            return 0;
        }
        if (args.command === 'check')
            return await check(args, io);
        if (args.command === 'version')
            return version(args, io);
        if (args.command === 'notes')
            return notesCommand(args, io);
        throw new UsageError(`Unknown command '${args.command}'.`);
    }
    catch (error) {
        if (error instanceof UsageError || error instanceof InputError) {
            io.err(`pypi-preflight: ${error.message}\nRun 'pypi-preflight help' for usage.\n`);
            return 2;
        }
        // Anything else is a fault of ours or of the machine: one line, no trace.
        io.err(`pypi-preflight: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
    }
}
async function check(args, io) {
    const unknown = [...args.flags.keys()].filter(k => k !== 'json' && !INPUT_NAMES.includes(k));
    if (unknown.length > 0)
        throw new UsageError(`Unknown option --${unknown[0]}.`);
    if (args.positional.length > 0) {
        throw new UsageError(`'check' takes no positional arguments (got '${args.positional[0]}').`);
    }
    const settings = parseSettings(name => args.flags.get(name));
    const report = validateRelease(await readReleaseSnapshot(settings, io.env), settings);
    if (args.flags.has('json'))
        io.out(JSON.stringify(report, null, 2) + '\n');
    else
        io.out(renderText(report, io.colour ? ANSI : PLAIN));
    return report.result === 'fail' ? 1 : 0;
}
function version(args, io) {
    const unknown = [...args.flags.keys()].filter(k => !SWITCHES.has(k));
    if (unknown.length > 0)
        throw new UsageError(`Unknown option --${unknown[0]} for 'version'.`);
    const inputs = args.positional.length > 0
        ? args.positional
        : io
            .readStdin()
            .split(/\r?\n/)
            .filter(line => line !== '');
    const described = inputs.map(describeVersion);
    if (args.flags.has('sort')) {
        io.out(sortVersions(inputs)
            .map(v => `${v}\n`)
            .join(''));
    }
    else if (args.flags.has('json')) {
        io.out(described.map(d => versionDescriptionToJson(d) + '\n').join(''));
    }
    else {
        io.out(described.map(d => `${d.input}\t${d.normalized ?? 'invalid'}\n`).join(''));
    }
    return described.every(d => d.valid) ? 0 : 1;
}
const ansi = (code) => (s) => `\u001b[${code}m${s}\u001b[0m`;
const ANSI = {
    red: ansi(31),
    yellow: ansi(33),
    green: ansi(32),
    dim: ansi(2),
    bold: ansi(1)
};


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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(50);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
