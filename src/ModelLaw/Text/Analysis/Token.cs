namespace ModelLaw.Text.Analysis;

/// <summary>What a token of <see cref="LegalTokenizer"/> holds.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters (and digits after them), with inner hyphens: "sub-paragraph", "non-résident", "10a" is a reference.</summary>
    Word,
    /// <summary>Digits only, in any script: "5", "2014", "١٢".</summary>
    Number,
    /// <summary>A number with its subdivisions or separators, kept whole: "5(2)(a)", "2014/65/EU", "1.5", "8,000,000", "10a".</summary>
    Reference,
    /// <summary>One Han character (Chinese has no spaces between words).</summary>
    Han,
    /// <summary>A run of ordinary white space (line ends included).</summary>
    Space,
    /// <summary>One non-breaking or thin space: it binds what is around it, so it stays a token of its own.</summary>
    GlueSpace,
    /// <summary>One punctuation mark or symbol: « » — – ; : ( ) and the like (a surrogate pair counts as one).</summary>
    Mark,
}

/// <summary>A token: a span of the analysed text and its kind. Concatenating the spans of all tokens gives the text back.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">What the token holds.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Offset just after the last character.</summary>
    public int End => Start + Length;

    /// <summary>True for tokens that carry words or numbers (not spaces or marks).</summary>
    public bool IsText => Kind is TokenKind.Word or TokenKind.Number or TokenKind.Reference or TokenKind.Han;

    /// <summary>True for white space of either kind.</summary>
    public bool IsSpace => Kind is TokenKind.Space or TokenKind.GlueSpace;
}
