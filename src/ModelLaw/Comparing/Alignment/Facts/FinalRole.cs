namespace ModelLaw.Comparing.Alignment.Facts;

/// <summary>
/// The standard roles of final provisions: clauses every act has in some form, so two of them sharing a role says
/// what they are for, not that one was drawn from the other.
/// </summary>
internal enum FinalRole : byte
{
    /// <summary>Not a final provision (or not one of these roles).</summary>
    None,
    /// <summary>Entry into force, commencement.</summary>
    EntryIntoForce,
    /// <summary>Repeal of earlier acts.</summary>
    Repeal,
    /// <summary>Addressees ("This Directive is addressed to the Member States").</summary>
    Addressees,
    /// <summary>Transposition into national law.</summary>
    Transposition,
    /// <summary>Review, reports and evaluation of the act.</summary>
    Review,
    /// <summary>Short title, citation of the act.</summary>
    ShortTitle,
}
