export const id = 569;
export const ids = [569];
export const modules = {

/***/ 17032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ InflateBudget),
/* harmony export */   O: () => (/* binding */ EntrySink)
/* harmony export */ });
/* harmony import */ var _deferred_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37168);

/**
 * Where one member's inflated bytes go: counted, hashed and, for the few
 * members the checks read, kept up to a bound.
 */
class EntrySink {
    size = 0;
    hash = new _deferred_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .DeferredHash */ .c();
    kept;
    keptBytes = 0;
    maxText;
    /** `maxText`: bytes to keep as text, 0 to keep none. */
    constructor(maxText) {
        this.maxText = maxText;
        this.kept = maxText > 0 ? [] : null;
    }
    update(chunk) {
        this.size += chunk.length;
        this.hash.update(chunk);
        if (!this.kept)
            return;
        this.keptBytes += chunk.length;
        if (this.keptBytes > this.maxText)
            this.kept = null;
        else
            this.kept.push(chunk);
    }
    /** Whether text was wanted but the member outgrew the bound. */
    get textTooLarge() {
        return this.maxText > 0 && this.kept === null;
    }
    /** The kept bytes, or `null` when none were wanted or they were too many. */
    text() {
        return this.kept ? Buffer.concat(this.kept) : null;
    }
    sha256() {
        return this.hash.digest();
    }
}
/** Counts inflated bytes across one artifact against its budget. */
class InflateBudget {
    used = 0;
    limit;
    constructor(limit) {
        this.limit = limit;
    }
    /** Takes `bytes` from the budget; false once it is spent. */
    take(bytes) {
        this.used += bytes;
        return this.used <= this.limit;
    }
}


/***/ }),

/***/ 26569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTarArchive: () => (/* binding */ readTarArchive)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98697);
/* harmony import */ var _entry_sink_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17032);
/* harmony import */ var _hashed_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7792);






const GZIP_MAGIC = [0x1f, 0x8b];
/** Extended (pax) headers larger than this are ignored, with a problem. */
const MAX_META_BYTES = 1024 * 1024;
class Stopped extends Error {
}
/**
 * Reads a gzipped tar (an sdist) as one stream: gunzipped on the thread
 * pool, parsed by node-tar, every member hashed, nothing extracted. The
 * gzip layer is ours, not node-tar's, so that its output is bounded and
 * counted before the parser sees it.
 */
async function readTarArchive(file, contents, limits) {
    const gzipped = isGzip(await file.readAt(0, GZIP_MAGIC.length));
    if (!gzipped)
        contents.problem('dist/corrupt-archive', 'is not gzip-compressed');
    const tar = new TarReading(contents, limits);
    let compressed = 0;
    let inflated = 0;
    // pipeline() rejects with its own AbortError once a stage throws: keep ours.
    let reason = null;
    async function* counted() {
        for await (const chunk of file.range(0, file.size)) {
            compressed += chunk.length;
            yield chunk;
        }
    }
    const parse = async (source) => {
        for await (const chunk of source) {
            inflated += chunk.length;
            reason = gzipped ? inflation(inflated, compressed, limits) : null;
            if (!reason && !tar.write(chunk))
                reason = new Stopped();
            if (reason)
                throw reason;
        }
    };
    try {
        if (gzipped)
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(counted(), _hashed_file_js__WEBPACK_IMPORTED_MODULE_5__/* .ONE_WINDOW_AHEAD */ .cY), (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: _hashed_file_js__WEBPACK_IMPORTED_MODULE_5__/* .WINDOW_BYTES */ .pe }), parse);
        else
            await parse(counted());
        await tar.end();
    }
    catch (error) {
        tar.stop(reason ?? error);
    }
}
function isGzip(head) {
    return GZIP_MAGIC.every((byte, i) => head[i] === byte);
}
/** A bomb, once the bytes inflated so far betray one. */
function inflation(inflated, compressed, limits) {
    if (inflated > limits.maxInflatedBytes)
        return new Bomb(`inflates past ${limits.maxInflatedBytes} bytes; reading stopped here`);
    if (inflated > limits.bombMinBytes && inflated > limits.bombRatio * compressed)
        return new Bomb(`inflates more than ${limits.bombRatio} times its compressed size; reading stopped here`);
    return null;
}
class Bomb extends Error {
}
/** node-tar's parser fed by hand, its events turned into entries and problems. */
class TarReading {
    contents;
    limits;
    parser;
    done;
    truncated = new WeakSet();
    stopped = false;
    first = true;
    constructor(contents, limits) {
        this.contents = contents;
        this.limits = limits;
        this.parser = new tar__WEBPACK_IMPORTED_MODULE_3__/* .Parser */ .iX({
            strict: false,
            brotli: false,
            zstd: false,
            maxMetaEntrySize: MAX_META_BYTES,
            maxDecompressionRatio: Infinity,
            onwarn: (_code, message, data) => this.warned(message, data.entry),
            onReadEntry: entry => this.entry(entry)
        });
        this.done = new Promise(resolve => {
            this.parser.on('end', resolve);
            this.parser.on('abort', resolve);
        });
        // Aborting always emits 'error'; the problem is recorded by whoever aborted.
        this.parser.on('error', () => undefined);
        this.parser.on('ignoredEntry', (entry) => this.ignored(entry));
    }
    /** Feeds plain tar bytes; false once reading must stop. */
    write(chunk) {
        // A gzip inside the gzip would be inflated by node-tar itself, in one
        // unbounded call: refuse it, it is no tar anyway.
        if (this.first && isGzip(chunk)) {
            this.contents.problem('dist/corrupt-archive', 'holds a second gzip stream instead of a tar archive');
            return false;
        }
        this.first = false;
        this.parser.write(chunk);
        return !this.stopped;
    }
    async end() {
        if (this.stopped)
            return;
        this.parser.end();
        await this.done;
    }
    /** Stops reading because of `error`, which becomes a problem unless it is ours. */
    stop(error) {
        if (error instanceof Bomb)
            this.contents.problem('dist/zip-bomb', error.message);
        else if (!(error instanceof Stopped)) {
            const code = error?.code;
            if (typeof code !== 'string' || !code.startsWith('Z_'))
                throw error;
            this.contents.problem('dist/corrupt-archive', `cannot be gunzipped: ${error.message}`);
        }
        this.halt();
    }
    halt() {
        this.stopped = true;
        this.parser.abort(new Stopped('reading stopped'));
    }
    entry(entry) {
        if (this.stopped)
            return void entry.resume();
        if (!this.contents.room()) {
            entry.resume();
            return this.halt();
        }
        const name = entry.path;
        if (name.includes('\uFFFD'))
            this.contents.problem('dist/entry-name-encoding', 'has a name that is not valid UTF-8', name);
        const kind = tarKind(entry.type);
        if (kind !== 'file') {
            this.contents.add({ name, size: 0, sha256: null, kind });
            return void entry.resume();
        }
        const sink = new _entry_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .EntrySink */ .O(this.contents.textBound(name));
        entry.on('data', (chunk) => sink.update(chunk));
        entry.on('end', () => this.ended(entry, name, sink));
    }
    ended(entry, name, sink) {
        const whole = !this.truncated.has(entry);
        this.contents.add({
            name,
            size: sink.size,
            sha256: whole ? sink.sha256() : null,
            kind: 'file'
        });
        const text = whole ? sink.text() : null;
        if (text)
            this.contents.keepText(name, text);
        else if (sink.textTooLarge)
            this.contents.problem('dist/text-too-large', `is larger than ${this.limits.maxTextBytes} bytes; not read as text`, name);
    }
    ignored(entry) {
        if (entry.meta)
            this.contents.problem('dist/corrupt-archive', `has an extended header larger than ${MAX_META_BYTES} bytes; it was ignored`, entry.path);
        else
            this.contents.add({
                name: entry.path,
                size: 0,
                sha256: null,
                kind: 'other'
            });
    }
    warned(message, entry) {
        if (this.stopped)
            return;
        const member = typeof entry === 'object' && entry !== null && 'path' in entry
            ? entry
            : null;
        if (member && /truncated/i.test(message))
            this.truncated.add(member);
        this.contents.problem('dist/corrupt-archive', `is a damaged tar archive: ${message}`, typeof member?.path === 'string' ? member.path : undefined);
    }
}
function tarKind(type) {
    if (type === 'File' || type === 'OldFile' || type === 'ContiguousFile')
        return 'file';
    if (type === 'Directory')
        return 'directory';
    return type === 'SymbolicLink' ? 'symlink' : 'other';
}


/***/ })

};
