namespace ModelLaw.Text.Analysis;

/// <summary>The Han (Chinese) characters, which legal Chinese writes without spaces between words.</summary>
internal static class HanScript
{
    /// <summary>CJK unified ideographs (with extension A and compatibility ideographs).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
}
