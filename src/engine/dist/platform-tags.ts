/**
 * Platform tags (platform compatibility tags § Platform tag; PEP 600
 * manylinux, PEP 656 musllinux, the macOS and Windows tags) and the platform
 * families that `expected-platforms` names.
 */
import type { PlatformFamily } from './dist-expectations.js'

// Legacy manylinux tags are aliases of the PEP 600 ones (PEP 600 § Legacy
// manylinux tags): manylinux1 is glibc 2.5, 2010 is 2.12, 2014 is 2.17.
const MANYLINUX = /^manylinux(?:1|2010|2014|_\d+_\d+)_(.+)$/
const MUSLLINUX = /^musllinux_\d+_\d+_(.+)$/
const MACOSX = /^macosx_\d+_\d+_(.+)$/
const LINUX = /^linux_(.+)$/

// The macOS architectures that install on each Mac, as
// packaging.tags.mac_platforms lists them (pip accepts `fat32`, i386 and
// ppc, on x86_64 Macs, which run i386 code; it never accepts `fat3`).
const MAC_ARCHES: Record<string, readonly string[]> = {
  x86_64: ['x86_64'],
  arm64: ['arm64'],
  universal2: ['arm64', 'x86_64'],
  intel: ['x86_64'],
  fat64: ['x86_64'],
  fat32: ['x86_64'],
  universal: ['x86_64']
}

/** The families a platform tag serves; empty when it serves none of them. */
export function platformFamilies(tag: string): PlatformFamily[] {
  if (tag === 'any') return ['any']
  if (tag === 'win_amd64') return ['windows-amd64']
  if (tag === 'win_arm64') return ['windows-arm64']
  const manylinux = MANYLINUX.exec(tag)?.[1]
  if (manylinux === 'x86_64') return ['linux-x86_64']
  if (manylinux === 'aarch64') return ['linux-aarch64']
  if (MUSLLINUX.exec(tag)?.[1] === 'x86_64') return ['musllinux-x86_64']
  const mac = MACOSX.exec(tag)?.[1]
  if (mac !== undefined) {
    return (MAC_ARCHES[mac] ?? []).map(arch =>
      arch === 'arm64' ? 'macos-arm64' : 'macos-x86_64'
    )
  }
  return []
}

/**
 * Whether the index refuses the tag: a bare `linux_*` wheel was built
 * against one distribution's libraries, so PyPI accepts Linux wheels only
 * under a manylinux or musllinux tag (PEP 513 § Rationale, PEP 600). The
 * index makes an exception for `linux_armv6l` and `linux_armv7l`
 * (Raspberry Pi wheels), which it does accept.
 */
export function linuxTagVerdict(
  tag: string
): 'portable' | 'rejected' | 'accepted-unportable' {
  const arch = LINUX.exec(tag)?.[1]
  if (arch === undefined) return 'portable'
  return arch === 'armv6l' || arch === 'armv7l'
    ? 'accepted-unportable'
    : 'rejected'
}

/** The portable spelling to suggest for a bare `linux_<arch>` tag. */
export function suggestedLinuxTag(tag: string): string {
  const arch = LINUX.exec(tag)?.[1] ?? 'x86_64'
  return `manylinux_2_17_${arch}`
}
