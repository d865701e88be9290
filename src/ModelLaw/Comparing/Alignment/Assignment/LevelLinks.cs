namespace ModelLaw.Comparing.Alignment.Assignment;

/// <summary>A link of one level in slots of its rows, under construction by the <see cref="LevelAssigner"/>.</summary>
internal sealed class SlotLink(int pair, LinkOrigin origin)
{
    public List<int> Model { get; } = new();
    public List<int> National { get; } = new();

    /// <summary>The candidate pair that made the link.</summary>
    public int Pair { get; } = pair;

    public LinkOrigin Origin { get; set; } = origin;
}

/// <summary>The links of one level in slots, with the link of each slot. Built by one <see cref="LevelAssigner"/> run.</summary>
internal sealed class LevelLinks
{
    public LevelLinks(int modelSlots, int nationalSlots)
    {
        OfModel = new int[modelSlots];
        OfNational = new int[nationalSlots];
        Array.Fill(OfModel, -1);
        Array.Fill(OfNational, -1);
    }

    public List<SlotLink> Links { get; } = new();
    public int[] OfModel { get; }
    public int[] OfNational { get; }

    public bool ModelFree(int s) => OfModel[s] < 0;
    public bool NationalFree(int s) => OfNational[s] < 0;

    public SlotLink Add(int m, int n, int pair, LinkOrigin origin)
    {
        var l = new SlotLink(pair, origin);
        Links.Add(l);
        JoinModel(Links.Count - 1, m);
        JoinNational(Links.Count - 1, n);
        return l;
    }

    public void JoinModel(int link, int m)
    {
        Links[link].Model.Add(m);
        OfModel[m] = link;
    }

    public void JoinNational(int link, int n)
    {
        Links[link].National.Add(n);
        OfNational[n] = link;
    }
}
