using System.Buffers.Binary;
using System.Text;

namespace ModelLaw.Tests.Malformed;

/// <summary>Rewrites the sizes a zip declares for one entry, to make an archive that lies (as zip bombs do).</summary>
internal static class ZipSizes
{
    /// <summary>Sets the declared uncompressed size of <paramref name="entryName"/> in its local header and central directory record.</summary>
    public static byte[] Understate(byte[] zip, string entryName, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        for (int i = 0; i + 46 < bytes.Length; i++)
        {
            uint sig = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (sig == 0x04034b50 && Matches(bytes, i + 30, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 26)), name))
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), declared);
            else if (sig == 0x02014b50 && Matches(bytes, i + 46, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 28)), name))
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declared);
        }
        return bytes;
    }

    private static bool Matches(byte[] bytes, int at, int length, byte[] name) =>
        length == name.Length && at + length <= bytes.Length && bytes.AsSpan(at, length).SequenceEqual(name);
}
