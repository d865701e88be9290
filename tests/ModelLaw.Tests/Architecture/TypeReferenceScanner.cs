using System.Reflection;
using System.Reflection.Emit;

namespace ModelLaw.Tests.Architecture;

/// <summary>
/// Reads which types of an assembly each of its types uses: base types, interfaces, member signatures and the type,
/// method and field tokens in every method body (so a call, a <c>new</c>, a field read or a <c>typeof</c> all count).
/// Nested and compiler-generated types (lambdas, iterators, async state machines) count as their outermost type.
/// </summary>
internal static class TypeReferenceScanner
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Each outermost type of <paramref name="assembly"/> with the outermost types of the same assembly it uses.</summary>
    public static IReadOnlyDictionary<Type, HashSet<Type>> Scan(Assembly assembly)
    {
        var uses = new Dictionary<Type, HashSet<Type>>();
        foreach (var type in assembly.GetTypes())
        {
            var owner = Outermost(type);
            if (!uses.TryGetValue(owner, out var set)) uses[owner] = set = new HashSet<Type>();
            foreach (var used in UsedBy(type))
                foreach (var t in Flatten(used))
                    if (t.Assembly == assembly && Outermost(t) != owner) set.Add(Outermost(t));
        }
        return uses;
    }

    /// <summary>The type that declares <paramref name="type"/> at namespace level.</summary>
    public static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } d) type = d;
        return type;
    }

    private static IEnumerable<Type> UsedBy(Type type)
    {
        if (type.BaseType is { } b) yield return b;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var f in type.GetFields(Declared)) yield return f.FieldType;
        foreach (var p in type.GetProperties(Declared)) yield return p.PropertyType;
        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (m is MethodInfo mi) yield return mi.ReturnType;
            foreach (var p in m.GetParameters()) yield return p.ParameterType;
            foreach (var t in BodyReferences(m)) yield return t;
        }
    }

    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        byte[]? il;
        try { il = method.GetMethodBody()?.GetILAsByteArray(); }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException) { il = null; }
        if (il is null) yield break;
        var typeArgs = method.DeclaringType is { IsGenericType: true } dt ? dt.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int pos = 0;
        while (pos < il.Length)
        {
            short value = il[pos++];
            if (value == 0xFE && pos < il.Length) value = (short)(0xFE00 | il[pos++]);
            if (!OpCodesByValue.TryGetValue(value, out var op)) yield break; // unknown opcode: stop reading this body
            int size = OperandSize(op, il, pos);
            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var found = Resolve(method.Module, BitConverter.ToInt32(il, pos), typeArgs, methodArgs);
                if (found is not null) yield return found;
            }
            pos += size;
        }
    }

    private static Type? Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        try
        {
            return module.ResolveMember(token, typeArgs, methodArgs) switch
            {
                Type t => t,
                MemberInfo m => m.DeclaringType,
                _ => null,
            };
        }
        catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException)
        {
            return null;
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int pos) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, pos),
        _ => 4,
    };

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType && type.GetElementType() is { } e)
        {
            foreach (var t in Flatten(e)) yield return t;
            yield break;
        }
        if (type.IsGenericParameter) yield break;
        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
            foreach (var a in type.GetGenericArguments())
                foreach (var t in Flatten(a)) yield return t;
    }
}
