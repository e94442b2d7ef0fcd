"""Size of the `.text` section of a 64-bit little-endian ELF file, without binutils."""

from __future__ import annotations

import struct


def text_size(path: str) -> int:
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names_at = sections[shstrndx][4]
    for name_off, _kind, _flags, _addr, _offset, size in sections:
        start = names_at + name_off
        if data[start : data.index(b"\0", start)] == b".text":
            return size
    raise ValueError(f"{path}: no .text section")
