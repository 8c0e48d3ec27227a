using System.Buffers.Binary;
using System.IO.Compression;

namespace Scholarly.Tests.Support;

/// <summary>Real image files of a chosen size, made here so a test states the size it expects.</summary>
internal static class TestImages
{
    /// <summary>A grey PNG of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static byte[] Png(int width, int height)
    {
        using var file = new MemoryStream();
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), default compression, filter and interlace
        Chunk(file, "IHDR", header);

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[width + 1]; // filter byte 0, then one grey byte per pixel
            Array.Fill(row, (byte)0x80, 1, width);
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        Chunk(file, "IDAT", pixels.ToArray());
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    /// <summary>A one-colour GIF of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static byte[] Gif(int width, int height)
    {
        using var file = new MemoryStream();
        file.Write("GIF89a"u8);
        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(size, (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(size[2..], (ushort)height);
        file.Write(size);
        file.Write([0x80, 0, 0, 0x80, 0x80, 0x80, 0, 0, 0]); // a two-colour table, grey and black
        file.WriteByte(0x2C); // image descriptor at 0,0 of the full size
        file.Write([0, 0, 0, 0]);
        file.Write(size);
        file.Write([0, 2, 2, 0x4C, 0x01, 0, 0x3B]); // a tiny LZW stream, then the trailer
        return file.ToArray();
    }

    private static void Chunk(Stream file, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        file.Write(typeBytes);
        file.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. typeBytes, .. data]));
        file.Write(crc);
    }

    /// <summary>PNG's CRC-32 (ISO 3309), bit by bit: a test image is a few hundred bytes.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
