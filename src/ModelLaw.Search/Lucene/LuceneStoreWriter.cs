using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using ModelLaw.Search.Contract;

namespace ModelLaw.Search.Lucene;

/// <summary>The one writer of a Lucene store: holds write.lock until disposed.</summary>
internal sealed class LuceneStoreWriter(IndexWriter writer, LuceneProvisionStore store) : IStoreWriter
{
    public void Upsert(StoredDocument document, IReadOnlyList<ProvisionUnit> units)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(units);
        writer.DeleteDocuments(new Term("key", document.Key));
        writer.AddDocument(DocumentFields(document, units.Count));
        var field = LuceneAnalyzers.FieldFor(document.Language);
        foreach (var u in units)
        {
            var d = new Document
            {
                new StringField("type", "unit", Field.Store.NO),
                new StringField("key", u.DocumentKey, Field.Store.YES),
                new StoredField("ord", u.Ordinal.ToString(CultureInfo.InvariantCulture)),
                new StoredField("eid", u.EId),
                new StoredField("citation", u.Citation),
                new StoredField("article", u.Article),
                new StoredField("lang", u.Language),
                new StoredField("text", u.Text),
                new TextField(field, u.Heading is { Length: > 0 } h ? h + "\n" + u.Text : u.Text, Field.Store.NO),
            };
            if (u.Heading is { } heading) d.Add(new StoredField("heading", heading));
            writer.AddDocument(d);
        }
    }

    public void Touch(string key, Fingerprint fingerprint)
    {
        // Lucene cannot change one stored field in place: the document record is written again with its units kept
        var existing = store.Document(key);
        if (existing is null) return;
        writer.UpdateDocument(new Term("dockey", key), DocumentFields(existing with { Fingerprint = fingerprint }, existing.Units));
    }

    public void Remove(string key) => writer.DeleteDocuments(new Term("key", key));

    public void Commit()
    {
        writer.Commit();
        store.Refresh();
    }

    public void Dispose() => writer.Dispose();

    private static Document DocumentFields(StoredDocument d, int units)
    {
        var doc = new Document
        {
            new StringField("type", "doc", Field.Store.NO),
            new StringField("key", d.Key, Field.Store.YES),
            new StringField("dockey", d.Key, Field.Store.NO),
            new StoredField("name", d.Name),
            new StoredField("title", d.Title),
            new StoredField("lang", d.Language),
            new StoredField("size", d.Fingerprint.Size.ToString(CultureInfo.InvariantCulture)),
            new StoredField("mtime", d.Fingerprint.LastWriteUtcTicks.ToString(CultureInfo.InvariantCulture)),
            new StoredField("sha", d.Fingerprint.Sha256),
            new StoredField("units", units.ToString(CultureInfo.InvariantCulture)),
            new StoredField("sourceName", d.SourceName),
        };
        if (!d.Source.IsEmpty) doc.Add(new StoredField("source", d.Source.ToArray()));
        return doc;
    }
}
