using System.Numerics;
using System.Runtime.InteropServices;

namespace ModelLaw.Documents;

/// <summary>
/// The 64-bit hash behind <see cref="Provision.ContentHash"/>: four characters per step (a multiply, a rotate and a
/// multiply, as xxHash64's round), finished by xxHash64's avalanche. Deterministic across processes and platforms, unlike
/// string.GetHashCode; about four times fewer multiplications per character than FNV-1a over characters, which made
/// hashing a third of the parse of a long act.
/// </summary>
internal struct ContentHasher
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private ulong _h;

    public ContentHasher() => _h = Prime3;

    public readonly ulong Value
    {
        get
        {
            ulong h = _h;
            h ^= h >> 33;
            h *= Prime2;
            h ^= h >> 29;
            h *= Prime3;
            h ^= h >> 32;
            return h;
        }
    }

    public void Add(ulong v) => _h = BitOperations.RotateLeft(_h ^ (v * Prime2), 31) * Prime1;

    public void Add(int v) => Add((ulong)(uint)v);

    public void Add(string? s)
    {
        if (s is null) { Add(0xFFFF_FFFF_FFFF_FFFFUL); return; }
        var chars = s.AsSpan();
        int whole = chars.Length & ~3;
        if (BitConverter.IsLittleEndian)
            foreach (var v in MemoryMarshal.Cast<char, ulong>(chars[..whole])) Add(v);
        else
            for (int i = 0; i < whole; i += 4) Add(Pack(chars.Slice(i, 4)));
        Add(Pack(chars[whole..]) ^ ((ulong)chars.Length << 48 | 0xA5A5UL << 32));
    }

    /// <summary>Up to four characters as one number, the first in the low bits (as a little-endian machine stores them).</summary>
    private static ulong Pack(ReadOnlySpan<char> chars)
    {
        ulong v = 0;
        for (int i = chars.Length - 1; i >= 0; i--) v = v << 16 | chars[i];
        return v;
    }
}
