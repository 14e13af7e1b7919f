export const id = 390;
export const ids = [390];
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

/***/ 25390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readZipArchive: () => (/* binding */ readZipArchive)
});

// EXTERNAL MODULE: ./build/io/dist/entry-sink.js
var entry_sink = __webpack_require__(17032);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./build/io/dist/hashed-file.js
var hashed_file = __webpack_require__(7792);
;// CONCATENATED MODULE: ./build/io/dist/inflate-member.js




/**
 * Members this small are inflated in one synchronous call: handing each to
 * the thread pool costs ~5x the inflating itself, and wheels are mostly
 * small modules.
 */
const ONE_CALL_COMPRESSED = 64 * 1024;
const ONE_CALL_INFLATED = 1024 * 1024;
class Stopped extends Error {
    stop;
    constructor(stop) {
        super(stop.message);
        this.stop = stop;
    }
}
/**
 * Inflates one member into `sink`, never past its declared size, the
 * artifact's budget or a bomb's ratio. Returns why it stopped, or null
 * when the member was read whole and is sound.
 */
async function inflateMember(data, sink, budget, limits) {
    const admit = admission(data, sink, budget, limits);
    try {
        if (!data.deflated) {
            for await (const chunk of data.chunks) {
                admit(chunk);
                sink.update(chunk);
            }
        }
        else if (data.compressedSize <= ONE_CALL_COMPRESSED &&
            data.declaredSize <= ONE_CALL_INFLATED) {
            await inflateInOneCall(data, sink, admit);
        }
        else {
            await inflateStreaming(data, sink, admit);
        }
    }
    catch (error) {
        return asStop(error);
    }
    if (sink.size < data.declaredSize)
        return corrupt(`inflates to ${sink.size} bytes, short of the ${data.declaredSize} its header declares`);
    return null;
}
async function inflateInOneCall(data, sink, admit) {
    const parts = [];
    for await (const chunk of data.chunks)
        parts.push(chunk);
    // One byte more than declared is enough to tell that the header lies.
    const limit = data.declaredSize + 1;
    const input = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    const inflated = (0,external_node_zlib_.inflateRawSync)(input, {
        maxOutputLength: limit,
        chunkSize: Math.max(64, limit)
    });
    admit(inflated);
    sink.update(inflated);
}
async function inflateStreaming(data, sink, admit) {
    // Keep our own reason: pipeline() may reject with a generic abort instead.
    let refused = null;
    try {
        await (0,promises_.pipeline)(external_node_stream_.Readable.from(data.chunks, hashed_file/* ONE_WINDOW_AHEAD */.cY), (0,external_node_zlib_.createInflateRaw)({ chunkSize: hashed_file/* WINDOW_BYTES */.pe }), new external_node_stream_.Writable({
            write(chunk, _encoding, done) {
                try {
                    admit(chunk);
                }
                catch (error) {
                    refused = error;
                    done(error);
                    return;
                }
                sink.update(chunk);
                done();
            }
        }));
    }
    catch (error) {
        throw refused ?? error;
    }
}
/** Throws `Stopped` for the first chunk that may not be taken in. */
function admission(data, sink, budget, limits) {
    return chunk => {
        const size = sink.size + chunk.length;
        if (size > data.declaredSize)
            throw new Stopped(corrupt(`inflates to more than the ${data.declaredSize} bytes its header declares`));
        if (!budget.take(chunk.length))
            throw new Stopped({
                id: 'dist/zip-bomb',
                message: `inflates past ${limits.maxInflatedBytes} bytes in total; reading stopped here`,
                fatal: true
            });
        if (size > limits.bombMinBytes &&
            size > limits.bombRatio * data.compressedSize)
            throw new Stopped({
                id: 'dist/zip-bomb',
                message: `inflates more than ${limits.bombRatio} times its ${data.compressedSize} compressed bytes; not read further`,
                fatal: false
            });
    };
}
function corrupt(message) {
    return { id: 'dist/corrupt-archive', message, fatal: false };
}
/** Stops and zlib's complaints about the data become problems; I/O errors do not. */
function asStop(error) {
    if (error instanceof Stopped)
        return error.stop;
    const code = error?.code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
        return corrupt('inflates to more bytes than its header declares');
    if (typeof code === 'string' && code.startsWith('Z_'))
        return corrupt(`cannot be inflated: ${error.message}`);
    throw error;
}

;// CONCATENATED MODULE: ./build/io/dist/zip-directory.js
/** The archive's structure is broken: it cannot be read (further). */
class ZipFormatError extends Error {
}
const END = { signature: 0x06054b50, size: 22 };
const END64 = { signature: 0x06064b50, size: 56 };
const LOCATOR64 = { signature: 0x07064b50, size: 20 };
const ENTRY = { signature: 0x02014b50, size: 46 };
const LOCAL = { signature: 0x04034b50, size: 30 };
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
/**
 * Finds the end of central directory record as Python's zipfile does: the
 * last one in the file's final 64 KiB, superseded by a zip64 record when a
 * zip64 locator precedes it.
 */
async function readZipDirectory(file) {
    const tailStart = Math.max(0, file.size - END.size - MAX_COMMENT);
    const tail = await file.readAt(tailStart, file.size - tailStart);
    const at = lastSignature(tail, END.signature, END.size);
    if (at === -1)
        throw new ZipFormatError('no end of central directory record');
    const end = tail.subarray(at, at + END.size);
    if (end.readUInt16LE(4) !== 0 || end.readUInt16LE(6) !== 0)
        throw new ZipFormatError('it spans several disks');
    const zip64 = await readZip64Directory(file, tailStart + at);
    return zip64 ?? { entries: end.readUInt16LE(10), offset: end.readUInt32LE(16) };
}
/** The zip64 record, when a locator right before the end record points to one. */
async function readZip64Directory(file, endOffset) {
    const locator = endOffset >= LOCATOR64.size
        ? await file.readAt(endOffset - LOCATOR64.size, LOCATOR64.size)
        : Buffer.alloc(0);
    if (!hasSignature(locator, LOCATOR64))
        return null;
    const at = safeNumber(locator.readBigUInt64LE(8));
    const end = await file.readAt(at, END64.size);
    if (!hasSignature(end, END64))
        throw new ZipFormatError('the zip64 end of central directory record is missing');
    return {
        entries: safeNumber(end.readBigUInt64LE(32)),
        offset: safeNumber(end.readBigUInt64LE(48))
    };
}
/** The members in central-directory order; throws where the directory breaks. */
async function* zipMembers(file, directory) {
    let at = directory.offset;
    for (let i = 0; i < directory.entries; i++) {
        const fixed = await file.readAt(at, ENTRY.size);
        if (!hasSignature(fixed, ENTRY))
            throw new ZipFormatError(`central directory entry ${i + 1} has no signature`);
        const nameLength = fixed.readUInt16LE(28);
        const extraLength = fixed.readUInt16LE(30);
        const commentLength = fixed.readUInt16LE(32);
        const variable = await file.readAt(at + ENTRY.size, nameLength + extraLength);
        if (variable.length < nameLength + extraLength)
            throw new ZipFormatError(`central directory entry ${i + 1} is cut short`);
        yield member(fixed, variable.subarray(0, nameLength), variable.subarray(nameLength));
        at += ENTRY.size + nameLength + extraLength + commentLength;
    }
}
/** Where a member's data starts, from its local header. */
async function memberDataStart(file, member) {
    const local = await file.readAt(member.localHeaderOffset, LOCAL.size);
    if (!hasSignature(local, LOCAL))
        throw new ZipFormatError('its local header has no signature');
    return member.localHeaderOffset + LOCAL.size + local.readUInt16LE(26) + local.readUInt16LE(28);
}
function member(fixed, nameBytes, extra) {
    const zip64 = zip64Values(extra);
    // Each overflowed field comes from the zip64 extra, in this order.
    const wide = (value) => (value === 0xffffffff ? (zip64.shift() ?? value) : value);
    const uncompressedSize = wide(fixed.readUInt32LE(24));
    const compressedSize = wide(fixed.readUInt32LE(20));
    return {
        nameBytes,
        versionMadeBy: fixed.readUInt16LE(4),
        flags: fixed.readUInt16LE(8),
        method: fixed.readUInt16LE(10),
        compressedSize,
        uncompressedSize,
        localHeaderOffset: wide(fixed.readUInt32LE(42)),
        externalAttributes: fixed.readUInt32LE(38)
    };
}
/** The 64-bit values of the zip64 extra field, if there is one. */
function zip64Values(extra) {
    for (let at = 0; at + 4 <= extra.length;) {
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        const body = extra.subarray(at + 4, at + 4 + size);
        if (id === ZIP64_EXTRA) {
            const values = [];
            for (let v = 0; v + 8 <= body.length; v += 8)
                values.push(safeNumber(body.readBigUInt64LE(v)));
            return values;
        }
        at += 4 + size;
    }
    return [];
}
function hasSignature(bytes, record) {
    return bytes.length >= record.size && bytes.readUInt32LE(0) === record.signature;
}
function lastSignature(tail, signature, size) {
    for (let at = tail.length - size; at >= 0; at--)
        if (tail.readUInt32LE(at) === signature)
            return at;
    return -1;
}
function safeNumber(value) {
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
        throw new ZipFormatError('a zip64 field is larger than any real file');
    return Number(value);
}

;// CONCATENATED MODULE: ./build/io/dist/zip-entry-name.js
/** General purpose flag 11: the name is UTF-8 (APPNOTE 4.4.4). */
const UTF8_FLAG = 0x800;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');
const UNIX = 3;
const TYPE_MASK = 0o170000;
const REGULAR = 0o100000;
const SYMLINK = 0o120000;
/**
 * A member's name as installers see it: UTF-8 when flagged, else CP437,
 * as Python's zipfile decodes it (it ignores Info-ZIP's Unicode path
 * field, so we do too). Names that need that guess come with a problem.
 */
function zipEntryName(entry) {
    const raw = entry.nameBytes;
    const flagged = (entry.flags & UTF8_FLAG) !== 0;
    const name = flagged ? lenientUtf8.decode(raw) : cp437(raw);
    if (flagged) {
        try {
            utf8.decode(raw);
            return { name };
        }
        catch {
            return { name, problem: 'is marked UTF-8 but its name is not valid UTF-8' };
        }
    }
    if (raw.every(byte => byte < 0x80))
        return { name };
    return {
        name,
        problem: 'has a name with non-ASCII bytes not marked as UTF-8; installers read it as CP437'
    };
}
/**
 * The member's kind: a folder by its trailing slash (as zipfile decides),
 * a link or special file by the Unix mode of archives made on Unix.
 */
function zipEntryKind(entry, name) {
    if (name.endsWith('/'))
        return 'directory';
    if (entry.versionMadeBy >> 8 !== UNIX)
        return 'file';
    const type = (entry.externalAttributes >>> 16) & TYPE_MASK;
    if (type === SYMLINK)
        return 'symlink';
    return type === 0 || type === REGULAR ? 'file' : 'other';
}
// Code page 437 above ASCII, as Python's cp437 codec maps it.
const CP437_HIGH = '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef' +
    '\u00ee\u00ec\u00c4\u00c5\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9' +
    '\u00ff\u00d6\u00dc\u00a2\u00a3\u00a5\u20a7\u0192\u00e1\u00ed\u00f3\u00fa' +
    '\u00f1\u00d1\u00aa\u00ba\u00bf\u2310\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb' +
    '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557' +
    '\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f' +
    '\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559' +
    '\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580' +
    '\u03b1\u00df\u0393\u03c0\u03a3\u03c3\u00b5\u03c4\u03a6\u0398\u03a9\u03b4' +
    '\u221e\u03c6\u03b5\u2229\u2261\u00b1\u2265\u2264\u2320\u2321\u00f7\u2248' +
    '\u00b0\u2219\u00b7\u221a\u207f\u00b2\u25a0\u00a0';
function cp437(bytes) {
    let name = '';
    for (const byte of bytes)
        name += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
    return name;
}

;// CONCATENATED MODULE: ./build/io/dist/read-zip-archive.js




/** Zip compression methods: stored and deflated are all a wheel may use. */
const STORED = 0;
const DEFLATED = 8;
/** General purpose flag 0: the member is encrypted. */
const ENCRYPTED = 0x1;
/**
 * Reads a zip (a wheel, or a legacy `.zip` sdist) member by member in
 * central-directory order: every member inflated and hashed, never
 * extracted. A damaged archive yields what could be read plus a problem.
 */
async function readZipArchive(file, contents, limits) {
    let directory;
    try {
        directory = await readZipDirectory(file);
    }
    catch (error) {
        if (!(error instanceof ZipFormatError))
            throw error;
        contents.problem('dist/corrupt-archive', `cannot be read as a zip archive: ${error.message}`);
        return;
    }
    const reading = new ZipReading(file, contents, limits);
    try {
        for await (const member of zipMembers(file, directory)) {
            if (!contents.room() || !(await reading.read(member)))
                break;
        }
    }
    catch (error) {
        if (!(error instanceof ZipFormatError))
            throw error;
        contents.problem('dist/corrupt-archive', `is damaged after ${contents.entries.length} members: ${error.message}`);
    }
}
class ZipReading {
    file;
    contents;
    limits;
    budget;
    /** Where the previous member's header and data lay, to spot overlaps. */
    previous = { start: -1, end: -1 };
    constructor(file, contents, limits) {
        this.file = file;
        this.contents = contents;
        this.limits = limits;
        this.budget = new entry_sink/* InflateBudget */.J(limits.maxInflatedBytes);
    }
    /** Reads one member; false when the artifact must not be read further. */
    async read(entry) {
        const { name, problem } = zipEntryName(entry);
        if (problem)
            this.contents.problem('dist/entry-name-encoding', problem, name);
        const kind = zipEntryKind(entry, name);
        const record = (size, sha256) => {
            this.contents.add({ name, size, sha256, kind });
        };
        if (kind === 'directory') {
            record(0, null);
            return true;
        }
        const refusal = this.refusal(entry);
        if (refusal) {
            this.contents.problem(refusal.id, refusal.message, name);
            record(0, null);
            return true;
        }
        const dataStart = await this.dataStart(entry);
        if (dataStart === null) {
            record(0, null);
            return true;
        }
        const sink = new entry_sink/* EntrySink */.O(this.contents.textBound(name));
        const stop = await inflateMember({
            chunks: this.file.range(dataStart, dataStart + entry.compressedSize),
            deflated: entry.method === DEFLATED,
            compressedSize: entry.compressedSize,
            declaredSize: entry.uncompressedSize
        }, sink, this.budget, this.limits);
        if (stop)
            this.contents.problem(stop.id, stop.message, name);
        record(sink.size, stop ? null : sink.sha256());
        const text = stop ? null : sink.text();
        if (text)
            this.contents.keepText(name, text);
        else if (sink.textTooLarge)
            this.contents.problem('dist/text-too-large', `is larger than ${this.limits.maxTextBytes} bytes; not read as text`, name);
        return !stop?.fatal;
    }
    /** Where the member's data starts, or null (and a problem) when its header is bad. */
    async dataStart(entry) {
        try {
            return await memberDataStart(this.file, entry);
        }
        catch (error) {
            if (!(error instanceof ZipFormatError))
                throw error;
            const { name } = zipEntryName(entry);
            this.contents.problem('dist/corrupt-archive', error.message, name);
            return null;
        }
    }
    /** Why a member's data is not read at all, if it is not. */
    refusal(entry) {
        const start = entry.localHeaderOffset;
        const overlaps = start >= this.previous.start && start < this.previous.end;
        this.previous = { start, end: start + 30 + entry.compressedSize };
        if (overlaps)
            return {
                id: 'dist/zip-bomb',
                message: 'overlaps the previous member, the mark of a zip bomb'
            };
        if (entry.flags & ENCRYPTED)
            return { id: 'dist/encrypted-entry', message: 'is encrypted' };
        const method = entry.method;
        if (method !== STORED && method !== DEFLATED)
            return {
                id: 'dist/unsupported-compression',
                message: `uses compression method ${method}; wheels may only store or deflate`
            };
        return null;
    }
}


/***/ })

};
