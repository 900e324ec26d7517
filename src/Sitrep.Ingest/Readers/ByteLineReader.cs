namespace Sitrep.Ingest.Readers;

/// <summary>A buffered byte reader for line-framed binary formats (WARC, HTTP): header lines as spans of its own
/// buffer, bodies copied or skipped in bulk. Counts bytes consumed for offsets in messages.</summary>
public sealed class ByteLineReader(Stream stream, int bufferSize = 1 << 16)
{
    private readonly byte[] _buffer = new byte[bufferSize];
    private int _start;
    private int _end;

    /// <summary>Bytes consumed so far (of the decompressed stream).</summary>
    public long Position { get; private set; }

    /// <summary>Set by a caller that consumed a record's first line while searching for it.</summary>
    public bool PendingVersionLine { get; set; }

    public bool AtEnd => _start == _end && !Fill();

    /// <summary>Reads one line without its CR LF. False at end of stream, or when a line exceeds the buffer
    /// (then <paramref name="tooLong"/> is set and the rest of that line is skipped).</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var end = _start + newline;
                var lineEnd = end > _start && _buffer[end - 1] == '\r' ? end - 1 : end;
                line = _buffer.AsSpan(_start, lineEnd - _start);
                Position += newline + 1;
                _start = end + 1;
                return true;
            }
            if (_start == 0 && _end == _buffer.Length)
            {
                // No newline in a full buffer: drop it and the rest of the line.
                tooLong = true;
                Position += _end;
                _start = _end = 0;
                while (Fill())
                {
                    var nl = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                    if (nl >= 0)
                    {
                        Position += nl + 1;
                        _start += nl + 1;
                        break;
                    }
                    Position += _end - _start;
                    _start = _end = 0;
                }
                line = default;
                return false;
            }
            if (!Fill())
            {
                if (_start < _end)
                {
                    // Last line without a newline.
                    line = _buffer.AsSpan(_start, _end - _start);
                    Position += _end - _start;
                    _start = _end;
                    return true;
                }
                line = default;
                return false;
            }
        }
    }

    /// <summary>Copies up to <paramref name="count"/> bytes; returns how many there were before the stream ended.</summary>
    public int Read(Span<byte> destination)
    {
        var copied = 0;
        while (copied < destination.Length)
        {
            if (_start == _end && !Fill())
            {
                break;
            }
            var n = Math.Min(_end - _start, destination.Length - copied);
            _buffer.AsSpan(_start, n).CopyTo(destination[copied..]);
            _start += n;
            copied += n;
        }
        Position += copied;
        return copied;
    }

    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (_start == _end && !Fill())
            {
                break;
            }
            var n = (int)Math.Min(_end - _start, count - skipped);
            _start += n;
            skipped += n;
        }
        Position += skipped;
        return skipped;
    }

    /// <summary>Moves the unread tail to the front and reads more; false when nothing more came.</summary>
    private bool Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            return true;
        }
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        return read > 0;
    }
}
