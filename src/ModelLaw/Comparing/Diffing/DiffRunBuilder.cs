using System.Text;

namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// Collects the runs of one diff: adjacent runs of one operation are joined, deletions come before insertions inside
/// a change, and white space alone between two changes joins them. An Equal run may carry the model's wording when it
/// differs only in what <see cref="DiffOptions"/> ignore. One instance per diff.
/// </summary>
internal sealed class DiffRunBuilder
{
    private readonly List<DiffRun> _runs = new();

    public List<DiffRun> Runs => _runs;

    /// <summary>Adds a run; an Equal run with a model wording different from <paramref name="text"/> keeps it.</summary>
    public void Add(DiffOperation op, string text, string? modelText = null)
    {
        if (text.Length == 0 && string.IsNullOrEmpty(modelText)) return;
        if (modelText == text || op != DiffOperation.Equal) modelText = null;
        if (_runs.Count > 0 && _runs[^1].Operation == op)
        {
            var last = _runs[^1];
            string? model = last.ModelText is null && modelText is null ? null : (last.ModelText ?? last.Text) + (modelText ?? text);
            var joined = last.Text + text;
            _runs[^1] = new DiffRun(op, joined) { ModelText = model == joined ? null : model };
            return;
        }
        _runs.Add(new DiffRun(op, text) { ModelText = modelText });
    }

    /// <summary>
    /// Old text <paramref name="oldGap"/> became <paramref name="newGap"/>. Without a real change in it (only white
    /// space or ignored marks differ) and with something ignored, it is Equal in the national wording; otherwise white
    /// space common to both ends stays equal and the rest is deleted and inserted.
    /// </summary>
    public void Gap(string oldGap, string newGap, bool changed, bool ignoring)
    {
        if (oldGap == newGap) { Add(DiffOperation.Equal, oldGap); return; }
        if (!changed && ignoring) { Add(DiffOperation.Equal, newGap, oldGap); return; }
        int pre = 0;
        while (pre < oldGap.Length && pre < newGap.Length && oldGap[pre] == newGap[pre] && char.IsWhiteSpace(oldGap[pre])) pre++;
        int suf = 0;
        while (suf < oldGap.Length - pre && suf < newGap.Length - pre && oldGap[^(suf + 1)] == newGap[^(suf + 1)] && char.IsWhiteSpace(oldGap[^(suf + 1)])) suf++;
        Add(DiffOperation.Equal, oldGap[..pre]);
        Add(DiffOperation.Delete, oldGap[pre..^suf]);
        Add(DiffOperation.Insert, newGap[pre..^suf]);
        Add(DiffOperation.Equal, oldGap[^suf..]);
    }

    /// <summary>The runs in canonical order: Delete then Insert inside a change; white space alone between two changes joins them.</summary>
    public List<DiffRun> Folded()
    {
        var result = new DiffRunBuilder();
        var del = new StringBuilder();
        var ins = new StringBuilder();
        for (int i = 0; i < _runs.Count; i++)
        {
            var r = _runs[i];
            if (r.Operation == DiffOperation.Delete) { del.Append(r.Text); continue; }
            if (r.Operation == DiffOperation.Insert) { ins.Append(r.Text); continue; }
            bool between = (del.Length > 0 || ins.Length > 0) && i + 1 < _runs.Count && string.IsNullOrWhiteSpace(r.Text)
                && string.IsNullOrWhiteSpace(r.ModelText ?? r.Text);
            if (between)
            {
                del.Append(r.ModelText ?? r.Text);
                ins.Append(r.Text);
                continue;
            }
            Flush();
            result.Add(DiffOperation.Equal, r.Text, r.ModelText);
        }
        Flush();
        return result._runs;

        void Flush()
        {
            if (del.Length > 0) result.Add(DiffOperation.Delete, del.ToString());
            if (ins.Length > 0) result.Add(DiffOperation.Insert, ins.ToString());
            del.Clear();
            ins.Clear();
        }
    }
}
