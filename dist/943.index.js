export const id = 943;
export const ids = [943];
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

/***/ 28943:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readZipArchive: () => (/* binding */ readZipArchive)
});

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
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

;// CONCATENATED MODULE: ./build/io/dist/zip-entry-name.js

/** General purpose flag 11: the name is UTF-8 (APPNOTE 4.4.4). */
const UTF8_FLAG = 0x800;
const utf8 = new TextDecoder('utf-8', { fatal: true });
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
    const raw = entry.fileNameRaw;
    const flagged = (entry.generalPurposeBitFlag & UTF8_FLAG) !== 0;
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, [], true);
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
    const type = (entry.externalFileAttributes >>> 16) & TYPE_MASK;
    if (type === SYMLINK)
        return 'symlink';
    return type === 0 || type === REGULAR ? 'file' : 'other';
}

;// CONCATENATED MODULE: ./build/io/dist/read-zip-archive.js




/** Zip compression methods: stored and deflated are all a wheel may use. */
const STORED = 0;
const DEFLATED = 8;
/**
 * Reads a zip (a wheel, or a legacy `.zip` sdist) member by member in
 * central-directory order: every member inflated and hashed, never
 * extracted. A damaged archive yields what could be read plus a problem.
 */
async function readZipArchive(file, contents, limits) {
    let zip;
    try {
        zip = await yauzl.fromRandomAccessReaderPromise(new HashedFileAccess(file), file.size, {
            lazyEntries: true,
            decodeStrings: false,
            validateEntrySizes: false,
            autoClose: false
        });
    }
    catch (error) {
        contents.problem('dist/corrupt-archive', `cannot be read as a zip archive: ${describe(error)}`);
        return;
    }
    const reading = new ZipReading(zip, file, contents, limits);
    try {
        for await (const entry of zip.eachEntry()) {
            if (!contents.room() || !(await reading.read(entry)))
                break;
        }
    }
    catch (error) {
        contents.problem('dist/corrupt-archive', `is damaged after ${contents.entries.length} members: ${describe(error)}`);
    }
    finally {
        zip.close();
    }
}
class ZipReading {
    zip;
    file;
    contents;
    limits;
    budget;
    /** Where the previous member's header and data lay, to spot overlaps. */
    previous = { start: -1, end: -1 };
    constructor(zip, file, contents, limits) {
        this.zip = zip;
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
            deflated: entry.compressionMethod === DEFLATED,
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
            const header = await this.zip.readLocalFileHeaderPromise(entry, {
                minimal: true
            });
            return header.fileDataStart;
        }
        catch (error) {
            const { name } = zipEntryName(entry);
            this.contents.problem('dist/corrupt-archive', `has no readable local header: ${error.message}`, name);
            return null;
        }
    }
    /** Why a member's data is not read at all, if it is not. */
    refusal(entry) {
        const start = entry.relativeOffsetOfLocalHeader;
        const overlaps = start >= this.previous.start && start < this.previous.end;
        this.previous = { start, end: start + 30 + entry.compressedSize };
        if (overlaps)
            return {
                id: 'dist/zip-bomb',
                message: 'overlaps the previous member, the mark of a zip bomb'
            };
        if (entry.isEncrypted())
            return { id: 'dist/encrypted-entry', message: 'is encrypted' };
        const method = entry.compressionMethod;
        if (method !== STORED && method !== DEFLATED)
            return {
                id: 'dist/unsupported-compression',
                message: `uses compression method ${method}; wheels may only store or deflate`
            };
        return null;
    }
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * yauzl's view of the file, served from `HashedFile`'s windows. Only
 * `read` is used: member data is read by `inflateMember`, not by yauzl.
 */
class HashedFileAccess extends yauzl.RandomAccessReader {
    file;
    constructor(file) {
        super();
        this.file = file;
    }
    read(buffer, offset, length, position, callback) {
        this.file.readAt(position, length).then(bytes => callback(null, bytes.copy(buffer, offset)), (error) => callback(error));
    }
    close(callback) {
        callback(null);
    }
}


/***/ })

};
