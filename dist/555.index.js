export const id = 555;
export const ids = [555];
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

/***/ 46555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readTarArchive: () => (/* binding */ readTarArchive)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./build/io/dist/hashed-file.js
var hashed_file = __webpack_require__(7792);
// EXTERNAL MODULE: ./build/io/dist/entry-sink.js
var entry_sink = __webpack_require__(17032);
;// CONCATENATED MODULE: ./build/io/dist/tar-header.js
/** A tar archive is read in blocks of this size. */
const BLOCK = 512;
const NAME = [0, 100];
const SIZE = [124, 136];
const CHECKSUM = [148, 156];
const TYPE = 156;
const PREFIX = [345, 500];
const SPACE = 0x20;
const GNU_TYPES = new Set(['L', 'K', 'S']);
const EMPTY = Buffer.alloc(0);
const SLASH = Buffer.from('/');
/**
 * Decodes a header block as Python's tarfile (what installers use) reads
 * it: a block of zeros ends the archive; the checksum may be the signed or
 * unsigned sum; numbers are octal or, for large values, base-256.
 */
function readHeaderBlock(block) {
    if (block.every(byte => byte === 0))
        return { end: true };
    const stored = number(field(block, CHECKSUM));
    if (stored === null || !checksums(block).includes(stored))
        return { end: false, invalid: 'a header fails its checksum' };
    const size = number(field(block, SIZE));
    if (size === null || size < 0)
        return { end: false, invalid: 'a header has an invalid size' };
    const name = cString(field(block, NAME));
    const type = String.fromCharCode(block[TYPE]);
    // As tarfile does: any prefix counts, whatever the magic; GNU's own
    // records use those bytes for other things.
    const prefix = GNU_TYPES.has(type) ? EMPTY : cString(field(block, PREFIX));
    const header = {
        name: prefix.length > 0 ? Buffer.concat([prefix, SLASH, name]) : name,
        type,
        size
    };
    return { end: false, header };
}
function field(block, [start, end]) {
    return block.subarray(start, end);
}
/** The bytes before the first NUL. */
function cString(bytes) {
    const nul = bytes.indexOf(0);
    return nul === -1 ? bytes : bytes.subarray(0, nul);
}
/** The unsigned and signed sums of the block, its checksum field read as spaces. */
function checksums(block) {
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const inField = i >= CHECKSUM[0] && i < CHECKSUM[1];
        const byte = inField ? SPACE : block[i];
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte;
    }
    return [unsigned, signed];
}
/**
 * A numeric field: octal digits ended by NUL or space, or base-256 when
 * the first byte is 0x80 (positive) or 0xff (negative). Null when neither.
 */
function number(bytes) {
    const lead = bytes[0];
    if (lead === 0x80 || lead === 0xff) {
        let value = lead === 0xff ? -1 : 0;
        for (const byte of bytes.subarray(1))
            value = value * 256 + byte;
        return Number.isSafeInteger(value) ? value : null;
    }
    const text = cString(bytes).toString('latin1').trim();
    if (text === '')
        return 0;
    return /^[0-7]+$/.test(text) ? parseInt(text, 8) : null;
}
/**
 * The records of a pax extended header (`<length> <key>=<value>\n` each).
 * Null when the records are malformed.
 */
function paxRecords(data) {
    const records = new Map();
    let at = 0;
    while (at < data.length && data[at] !== 0) {
        const space = data.indexOf(SPACE, at);
        const length = space === -1 ? NaN : Number(data.toString('latin1', at, space));
        if (!Number.isSafeInteger(length) || length <= space - at)
            return null;
        const end = at + length;
        if (end > data.length || data[end - 1] !== 0x0a)
            return null;
        const record = data.subarray(space + 1, end - 1);
        const equals = record.indexOf(0x3d);
        if (equals <= 0)
            return null;
        records.set(record.toString('utf8', 0, equals), record.subarray(equals + 1));
        at = end;
    }
    return records;
}

;// CONCATENATED MODULE: ./build/io/dist/tar-members.js


/** Extended (pax, GNU long name) headers larger than this are skipped, with a problem. */
const MAX_META_BYTES = 1024 * 1024;
/** Types with no data after the header, as tarfile reads them; any other has data. */
const NO_DATA = new Set(['1', '2', '3', '4', '5', '6']);
/** Headers that amend the next member: pax (local, global), GNU long name and link. */
const META = new Set(['x', 'g', 'L', 'K']);
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');
/**
 * A plain tar stream read member by member as its bytes arrive: headers
 * decoded, pax and GNU long names applied, every file hashed into
 * `contents`, nothing extracted. Feed it with `write`, then call `end`.
 */
class TarMembers {
    contents;
    limits;
    target = { kind: 'header' };
    /** Bytes still owed to the target, then the padding to the next block. */
    remaining = BLOCK;
    padding = 0;
    header = [];
    global = new Map();
    local = new Map();
    longName = null;
    members = 0;
    done = false;
    constructor(contents, limits) {
        this.contents = contents;
        this.limits = limits;
    }
    /** Takes the next bytes; false once the archive's end or a fault stops reading. */
    write(chunk) {
        let at = 0;
        while (!this.done && at < chunk.length) {
            if (this.remaining === 0) {
                const skipped = Math.min(this.padding, chunk.length - at);
                at += skipped;
                this.padding -= skipped;
                if (this.padding === 0)
                    this.expectHeader();
                continue;
            }
            const take = Math.min(this.remaining, chunk.length - at);
            this.consume(chunk.subarray(at, at + take));
            at += take;
            this.remaining -= take;
            if (this.remaining === 0)
                this.complete();
        }
        return !this.done;
    }
    /** The input is over: a member or header it leaves unfinished was cut short. */
    end() {
        if (this.done)
            return;
        this.done = true;
        const target = this.target;
        const started = target.kind !== 'header' || this.header.length > 0;
        if (this.remaining > 0 && started) {
            if (target.kind === 'file')
                this.list(target.name, 'file', null, target.sink);
            this.damaged('it is truncated');
        }
        else if (this.members === 0)
            this.damaged('it is empty');
    }
    /** Stops reading here: the rest of the input is ignored. */
    stop() {
        this.done = true;
    }
    consume(bytes) {
        const target = this.target;
        if (target.kind === 'file')
            target.sink.update(bytes);
        else if (target.kind === 'meta')
            target.parts?.push(bytes);
        else if (target.kind === 'header')
            this.header.push(bytes);
    }
    /** The target has all its bytes. */
    complete() {
        const target = this.target;
        if (target.kind === 'header')
            return this.readHeader();
        if (target.kind === 'file')
            this.list(target.name, 'file', target.sink.sha256(), target.sink);
        if (target.kind === 'meta')
            this.applyMeta(target.type, target.parts);
        if (this.padding === 0)
            this.expectHeader();
    }
    expectHeader() {
        this.target = { kind: 'header' };
        this.remaining = BLOCK;
        this.padding = 0;
    }
    /** The next `size` bytes (and their padding) go to `target`. */
    expect(target, size) {
        this.target = target;
        this.remaining = size;
        this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
        if (size === 0)
            this.complete();
    }
    readHeader() {
        const block = Buffer.concat(this.header);
        this.header.length = 0;
        const read = readHeaderBlock(block);
        if (read.end)
            return this.stop();
        if ('invalid' in read) {
            this.damaged(read.invalid);
            return this.stop();
        }
        if (META.has(read.header.type))
            return this.beginMeta(read.header);
        this.members++;
        this.beginMember(read.header);
    }
    beginMember(header) {
        const size = this.paxSize() ?? header.size;
        const name = this.decodeName(this.longName ?? this.pax('path') ?? header.name);
        this.longName = null;
        this.local = new Map();
        if (!this.contents.room())
            return this.stop();
        const kind = entryKind(header.type, name);
        if (kind === 'file')
            return this.expect({ kind, name, sink: new entry_sink/* EntrySink */.O(this.contents.textBound(name)) }, size);
        this.list(name, kind, null, null);
        this.expect({ kind: 'skip' }, NO_DATA.has(header.type) ? 0 : size);
    }
    beginMeta(header) {
        const kept = header.size <= MAX_META_BYTES;
        if (!kept)
            this.damaged(`an extended header larger than ${MAX_META_BYTES} bytes was ignored`, this.decodeName(header.name));
        this.expect({ kind: 'meta', type: header.type, parts: kept ? [] : null }, header.size);
    }
    applyMeta(type, parts) {
        if (!parts)
            return;
        const data = Buffer.concat(parts);
        // A GNU long link name matters to extraction only; it is read and dropped.
        if (type === 'L')
            this.longName = cString(data);
        if (type !== 'x' && type !== 'g')
            return;
        const records = paxRecords(data);
        if (!records)
            return this.damaged('a pax header is malformed');
        if (type === 'g')
            this.global = new Map([...this.global, ...records]);
        else
            this.local = new Map([...this.local, ...records]);
    }
    /** A pax record for the next member, local ones before global ones. */
    pax(key) {
        return this.local.get(key) ?? this.global.get(key);
    }
    /** The pax size of the next member (files past 8 GiB need one), if any. */
    paxSize() {
        const text = this.pax('size')?.toString('latin1');
        if (text === undefined)
            return null;
        if (/^[0-9]{1,15}$/.test(text))
            return Number(text);
        this.damaged('a pax header gives an invalid size');
        return null;
    }
    decodeName(bytes) {
        try {
            return utf8.decode(bytes);
        }
        catch {
            const name = lenientUtf8.decode(bytes);
            this.contents.problem('dist/entry-name-encoding', 'has a name that is not valid UTF-8', name);
            return name;
        }
    }
    /** Lists a member; a file's digest is null when its data was cut short. */
    list(name, kind, sha256, sink) {
        this.contents.add({ name, size: sink?.size ?? 0, sha256, kind });
        if (!sink || sha256 === null)
            return;
        const text = sink.text();
        if (text)
            this.contents.keepText(name, text);
        else if (sink.textTooLarge)
            this.contents.problem('dist/text-too-large', `is larger than ${this.limits.maxTextBytes} bytes; not read as text`, name);
    }
    damaged(detail, entry) {
        this.contents.problem('dist/corrupt-archive', `is a damaged tar archive: ${detail}`, entry);
    }
}
/** A member's kind from its type flag; an old-style file named like a folder is one. */
function entryKind(type, name) {
    if (type === '5' || (type === '\0' && name.endsWith('/')))
        return 'directory';
    if (type === '0' || type === '\0' || type === '7')
        return 'file';
    return type === '2' ? 'symlink' : 'other';
}

;// CONCATENATED MODULE: ./build/io/dist/read-tar-archive.js





const GZIP_MAGIC = [0x1f, 0x8b];
class Stopped extends Error {
}
/** sdists this small are gunzipped in one call: no stream to set up. */
const ONE_CALL_COMPRESSED = 1024 * 1024;
const ONE_CALL_INFLATED = 16 * 1024 * 1024;
/**
 * Reads a gzipped tar (an sdist) member by member: gunzipped (in one call
 * when small, else streamed through the thread pool), every member hashed,
 * nothing extracted. Inflated bytes are bounded and counted before the tar
 * reader sees them.
 */
async function readTarArchive(file, contents, limits) {
    const gzipped = isGzip(await file.readAt(0, GZIP_MAGIC.length));
    if (!gzipped)
        contents.problem('dist/corrupt-archive', 'is not gzip-compressed');
    const tar = new TarMembers(contents, limits);
    const plain = gzipped ? await gunzipSmall(file, limits) : null;
    if (plain) {
        if (feed(tar, contents, plain, true))
            tar.end();
        return;
    }
    await readStreaming(file, gzipped, tar, contents, limits);
}
/**
 * A small sdist gunzipped in one call, or null to stream it instead: too
 * large, a bomb or damaged (the stream then tells where and why).
 */
async function gunzipSmall(file, limits) {
    if (file.size > ONE_CALL_COMPRESSED)
        return null;
    const bound = Math.min(ONE_CALL_INFLATED, limits.maxInflatedBytes, Math.max(limits.bombMinBytes, limits.bombRatio * file.size));
    try {
        return (0,external_node_zlib_.gunzipSync)(await file.readAt(0, file.size), {
            maxOutputLength: bound
        });
    }
    catch {
        return null;
    }
}
async function readStreaming(file, gzipped, tar, contents, limits) {
    let compressed = 0;
    let inflated = 0;
    let first = true;
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
            if (!reason && !feed(tar, contents, chunk, first))
                reason = new Stopped();
            first = false;
            if (reason)
                throw reason;
        }
    };
    try {
        if (gzipped)
            await (0,promises_.pipeline)(external_node_stream_.Readable.from(counted(), hashed_file/* ONE_WINDOW_AHEAD */.cY), (0,external_node_zlib_.createGunzip)({ chunkSize: hashed_file/* WINDOW_BYTES */.pe }), parse);
        else
            await parse(counted());
        tar.end();
    }
    catch (error) {
        tar.stop();
        halted(reason ?? error, contents);
    }
}
/** Feeds plain tar bytes; false once reading must stop. */
function feed(tar, contents, chunk, first) {
    // A gzip inside the gzip is no tar; inflating it too would be unbounded work.
    if (first && isGzip(chunk)) {
        contents.problem('dist/corrupt-archive', 'holds a second gzip stream instead of a tar archive');
        return false;
    }
    return tar.write(chunk);
}
/** Why the stream stopped, as a problem; I/O errors are thrown on. */
function halted(error, contents) {
    if (error instanceof Bomb)
        return contents.problem('dist/zip-bomb', error.message);
    if (error instanceof Stopped)
        return;
    const code = error?.code;
    if (typeof code !== 'string' || !code.startsWith('Z_'))
        throw error;
    contents.problem('dist/corrupt-archive', `cannot be gunzipped: ${error.message}`);
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


/***/ })

};
