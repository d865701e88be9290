using System.Collections.Immutable;
using System.Globalization;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Headings;
using ModelLaw.Reading.PlainText.Numbering;

namespace ModelLaw.Reading.PlainText.Lines;

/// <summary>Heading lines: "Article 5 — Scope", "CHAPTER II", "Article L. 111-1", "Статья 11.1", the profile's own matchers.</summary>
internal sealed partial class LineClassifier
{
    /// <summary>Reads a heading line; <paramref name="line"/> has the original characters, <paramref name="folded"/> the folded ones.</summary>
    public bool TryHeading(ReadOnlySpan<char> line, ReadOnlySpan<char> folded, out HeadingMatch? match)
    {
        foreach (var m in Profile.HeadingMatchers)
            if (m.TryMatch(folded, Profile, out match) && match is not null) return true;
        match = null;
        if (line.Length == 0 || !char.IsUpper(line[0]) && line[0] != '§') return false;

        int sp = IndexOfSpace(folded, 0);
        if (sp < 0 || !index.TryHeadingKeyword(folded[..sp], out var kind)) return false;

        int numStart = SkipSpaces(folded, sp);
        int numEnd = IndexOfSpace(folded, numStart);
        if (numEnd < 0) numEnd = folded.Length;
        var token = folded[numStart..numEnd];
        bool trailingSeparator = false;
        if (token.EndsWith(',')) return false;
        while (token.Length > 1 && token[^1] is '.' or ':')
        {
            token = token[..^1];
            trailingSeparator = true;
        }
        // "CHAPTER 35—COORDINATION …", "Part A—General": the number runs into its heading through a dash
        int dash = token.IndexOfAny('—', '–');
        if (dash > 0)
        {
            numEnd = numStart + dash;
            token = token[..dash];
        }
        token = HeadingMarkers.SplitTokenMarker(token, out var tokenMarker);
        string codePrefix = "";
        if (kind == ProvisionKind.Article && IsCodePrefix(token) && numEnd < folded.Length
            && TryCodeNumber(folded, numEnd, out var number, out int next, out int nextEnd, out bool separator))
        {
            // French codes: "Article L. 111-1", "Article R*. 12-3" → the part letter, then the number
            trailingSeparator = separator;
            codePrefix = token.TrimEnd('.').ToString();
            token = number;
            numStart = next;
            numEnd = nextEnd;
        }
        if (!TryHeadingNumber(token, kind, out var ordinal, out var value, out var insertion))
        {
            if (token.Length > 0 && char.IsAsciiDigit(token[0]))
                Rejected = $"\"{line[..Math.Min(line.Length, numStart + token.Length)]}\": the number \"{token}\" is not one a heading has";
            return false;
        }
        if (codePrefix.Length > 0) value = codePrefix + value;
        int writtenEnd = numStart + token.Length;

        int pos = numEnd;
        if (!trailingSeparator)
        {
            // "Article 10 bis", "Article 10 bis."
            int wStart = SkipSpaces(folded, pos);
            int wEnd = IndexOfSpace(folded, wStart);
            if (wEnd < 0) wEnd = folded.Length;
            var word = folded[wStart..wEnd];
            var bare = word.TrimEnd(".:");
            if (bare.Length > 0 && index.TryInsertionWord(bare, out var ins) && insertion == 0 && IsDigits(value))
            {
                insertion = ins;
                value += (char)('a' + ins - 1);
                writtenEnd = wStart + bare.Length;
                pos = wEnd;
                trailingSeparator = bare.Length != word.Length;
            }
        }

        ImmutableArray<string>.Builder? notes = null;
        bool repealed = false;
        if (tokenMarker is not null) (notes = ImmutableArray.CreateBuilder<string>()).Add(tokenMarker);
        if (!TryHeadingWords(line, folded[pos..].Trim(), kind, trailingSeparator, ref notes, ref repealed, out var heading))
        {
            if (notes is null) Rejected = $"\"{line[..writtenEnd]}\" goes on as a sentence";
            return false; // "Article 5 of Directive ..." is a sentence, not a heading
        }

        match = new HeadingMatch(kind, _strings.Get(line[..writtenEnd]), value, ordinal, heading)
        {
            Notes = notes is null ? ImmutableArray<string>.Empty : notes.ToImmutable(),
            IsRepealed = repealed,
        };
        return true;
    }

    /// <summary>
    /// The words after the number: markers become notes, a separator or a full stop after the number introduces the heading,
    /// a heading of capitals stands alone; other words make the line a sentence (false).
    /// </summary>
    private static bool TryHeadingWords(ReadOnlySpan<char> line, ReadOnlySpan<char> rest, ProvisionKind kind, bool trailingSeparator,
        scoped ref ImmutableArray<string>.Builder? notes, scoped ref bool repealed, out string? heading)
    {
        heading = null;
        rest = HeadingMarkers.TakeLeadingMarkers(rest, ref notes, ref repealed);
        if (rest.Length == 0) return true;
        ReadOnlySpan<char> words;
        if (rest[0] is '—' or '–' or '-' or ':' or '.') words = rest[1..].Trim();
        else if (trailingSeparator || HeadingMarkers.IsRepeal(rest) || kind != ProvisionKind.Article && IsAllUpper(rest)) words = rest;
        else return false;
        // keep the original (unfolded) characters of the heading
        var original = line[(line.Length - words.Length)..].Trim();
        if (original.Length == 0) return true;
        if (HeadingMarkers.IsRepeal(original))
        {
            // "Article 6. Repealed.", "Статья 9. Утратила силу.": a repealed unit, its words a note
            repealed = true;
            (notes ??= ImmutableArray.CreateBuilder<string>()).Add(original.ToString());
            return true;
        }
        heading = original.ToString();
        return true;
    }

    /// <summary>The number after a French code's book letter ("L." then "111-1"), with whether a separator closed it.</summary>
    private static bool TryCodeNumber(ReadOnlySpan<char> folded, int numEnd, out ReadOnlySpan<char> number, out int next, out int nextEnd, out bool separator)
    {
        next = SkipSpaces(folded, numEnd);
        nextEnd = IndexOfSpace(folded, next);
        if (nextEnd < 0) nextEnd = folded.Length;
        number = folded[next..nextEnd];
        separator = false;
        while (number.Length > 1 && number[^1] is '.' or ':')
        {
            number = number[..^1];
            separator = true;
        }
        return number.Length > 0 && char.IsAsciiDigit(number[0]);
    }

    private bool TryHeadingNumber(ReadOnlySpan<char> token, ProvisionKind kind, out int? ordinal, out string value, out int insertion)
    {
        ordinal = null; value = ""; insertion = 0;
        if (token.Length == 0) return false;
        if (index.TryOrdinalWord(token, out var o))
        {
            ordinal = o; value = Numbers.Decimal(o); return true;
        }
        if (DecimalScheme.Instance.TryParse(token, out var d))
        {
            ordinal = d.Ordinal; insertion = d.Insertion; value = d.Value; return true;
        }
        if (token.Length is >= 2 and <= 6 && char.IsAsciiLetterUpper(token[^1]) && token[..^1].IndexOfAnyExceptInRange('0', '9') < 0)
        {
            // "Article 5A", "Section 12B": an inserted number with a capital letter
            ordinal = int.Parse(token[..^1], NumberStyles.None, CultureInfo.InvariantCulture);
            insertion = token[^1] - 'A' + 1;
            value = _strings.Get(token);
            return true;
        }
        if (Numbers.TryDottedInsertion(token, out var baseNo, out var ins))
        {
            // "Статья 11.1": an article inserted after article 11
            ordinal = baseNo; insertion = ins; value = _strings.Get(token); return true;
        }
        // a single capital letter other than I is a letter ("Section C"); otherwise Roman numerals come first
        if (token.Length == 1 && char.IsUpper(token[0]) && token[0] != 'I' && LetterScheme.LatinUpper.TryParse(token, out var l1)
            && kind is not (ProvisionKind.Article or ProvisionKind.Chapter or ProvisionKind.Title or ProvisionKind.Part))
        {
            ordinal = l1.Ordinal; value = l1.Value; return true;
        }
        if (IsAllUpperChars(token) && RomanScheme.TryParseRoman(token, out var r))
        {
            ordinal = r; value = Numbers.Decimal(r); return true;
        }
        if (token.Length == 1 && LetterScheme.LatinUpper.TryParse(token, out var l))
        {
            ordinal = l.Ordinal; value = l.Value; return true;
        }
        return false;
    }

    // "L.", "R", "LO.", "D." : the book letters of French codes
    private static bool IsCodePrefix(ReadOnlySpan<char> token)
    {
        var letters = token.TrimEnd('.');
        if (letters.Length is not (1 or 2) || letters is "I") return false;
        foreach (var c in letters) if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s) if (!char.IsDigit(c)) return false;
        return true;
    }

    private static bool IsAllUpperChars(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsUpper(c)) return false;
        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        bool any = false;
        foreach (var c in s)
        {
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; any = true; }
        }
        return any;
    }
}
