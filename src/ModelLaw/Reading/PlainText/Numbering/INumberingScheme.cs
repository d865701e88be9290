namespace ModelLaw.Reading.PlainText.Numbering;

/// <summary>
/// One way of counting provisions: decimal numbers, Roman numerals, Latin or Cyrillic letters...
/// A scheme only says whether a bare token (without brackets or dots) belongs to it and at which position;
/// the parser decides between competing schemes from context (the previous sibling), never from the token alone.
/// </summary>
public interface INumberingScheme
{
    /// <summary>Stable name ("decimal", "roman-lower", "latin-lower", "cyrillic-lower"); lists of one scheme are siblings.</summary>
    string Name { get; }

    /// <summary>Reads a token such as "10a", "iv", "b", "аа"; false when it does not belong to this scheme.</summary>
    bool TryParse(string token, out SchemeNumber number);

    /// <summary>
    /// Reads a token given as characters; the parser calls this one, so that a scheme that implements it reads labels with
    /// no string made. By default it makes the string and calls <see cref="TryParse(string, out SchemeNumber)"/>.
    /// </summary>
    bool TryParse(ReadOnlySpan<char> token, out SchemeNumber number) => TryParse(token.ToString(), out number);

    /// <summary>True when a list in this scheme may begin with <paramref name="number"/> ("1", "a", "i").</summary>
    bool IsFirst(SchemeNumber number) => number.Ordinal == 1 && number.Insertion == 0;
}

/// <summary>A token read by a numbering scheme.</summary>
/// <param name="Ordinal">Position in the sequence: "c" → 3, "iv" → 4, "10a" → 10.</param>
/// <param name="Insertion">Rank of an inserted number after <see cref="Ordinal"/>: "10a" or "10 bis" → 1, "10b"/"10 ter" → 2, "aa" → 1; 0 otherwise.</param>
/// <param name="Value">Normalised value for eIds and citations: "10a", "4", "c".</param>
public readonly record struct SchemeNumber(int Ordinal, int Insertion, string Value)
{
    /// <summary>True when this number may directly follow <paramref name="previous"/> in one list.</summary>
    public bool Follows(SchemeNumber previous) =>
        (Ordinal == previous.Ordinal + 1 && Insertion == 0)
        || (Ordinal == previous.Ordinal && Insertion > previous.Insertion);
}
