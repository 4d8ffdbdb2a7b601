using System.Reflection;
using System.Reflection.Emit;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Architecture;

/// <summary>
/// Layers point down: no namespace of the library uses one above it. Read from the compiled assembly by reflection —
/// every type's base type, interfaces, attributes, fields, events, method signatures, locals and the types, methods
/// and fields named by its IL (lambdas and iterators included, as nested types) — so a fully qualified name or a
/// reference without a <c>using</c> counts too.
/// </summary>
public sealed class LayerTests
{
    /// <summary>
    /// What each namespace may use directly (below RelationsGraph; sub-namespaces belong to their first part; the root
    /// namespace holds the exceptions and input locations). A namespace may use what these may use, transitively.
    /// </summary>
    private static readonly Dictionary<string, string[]> Below = new(StringComparer.Ordinal)
    {
        ["(root)"] = [],
        ["Common"] = ["(root)"],
        ["Model"] = ["(root)", "Common"],
        ["Graphs"] = ["Model"],
        ["IO"] = ["Graphs"],
        ["Interop"] = ["Graphs"],
        ["Loaders"] = ["IO"],
        ["Data"] = ["IO"],
        ["Paths"] = ["Graphs"],
        ["Metrics"] = ["Paths"],
        ["Centrality"] = ["Metrics"],
        ["Brokerage"] = ["Metrics"],
        ["Balance"] = ["Metrics"],
        ["Mediation"] = ["Centrality", "Brokerage", "Balance"],
        ["Timelines"] = ["Mediation", "Loaders"],
        ["Reporting"] = ["Mediation", "IO"],
        ["Catalog"] = ["Centrality", "Brokerage", "Balance"],
    };

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void Namespaces_UseOnlyLayersBelowThem()
    {
        var assembly = typeof(SignedGraph).Assembly;
        var allowed = Below.Keys.ToDictionary(k => k, Closure, StringComparer.Ordinal);
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (Layer(type) is not { } from)
            {
                continue;
            }

            if (!allowed.TryGetValue(from, out var may))
            {
                violations.Add($"{type.FullName}: namespace '{from}' has no place in the layers (add it to LayerTests.Below)");
                continue;
            }

            foreach (var used in Uses(type).Where(t => t.Assembly == assembly))
            {
                if (Layer(used) is { } to && to != from && !may.Contains(to))
                {
                    violations.Add($"{from} uses {to}: {Outermost(type).FullName} -> {used.FullName}");
                }
            }
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void LayerTable_HasNoCycle()
    {
        foreach (var layer in Below.Keys)
        {
            Assert.DoesNotContain(layer, Below[layer].SelectMany(Closure));
        }
    }

    private static HashSet<string> Closure(string layer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(Below[layer]);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (seen.Add(next))
            {
                foreach (var lower in Below[next])
                {
                    stack.Push(lower);
                }
            }
        }

        return seen;
    }

    /// <summary>The layer of a library type: the first part of its namespace under RelationsGraph; null for compiler-generated or embedded types.</summary>
    private static string? Layer(Type type)
    {
        var ns = Outermost(type).Namespace;
        if (ns == "RelationsGraph")
        {
            return "(root)";
        }

        return ns is not null && ns.StartsWith("RelationsGraph.", StringComparison.Ordinal) ? ns["RelationsGraph.".Length..].Split('.')[0] : null;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer && !type.IsGenericParameter)
        {
            type = outer;
        }

        return type;
    }

    private static List<Type> Uses(Type type)
    {
        var found = new List<Type>();
        Add(found, type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(found, i);
        }

        AddAttributes(found, type.GetCustomAttributesData());
        foreach (var field in type.GetFields(Declared))
        {
            Add(found, field.FieldType);
            AddAttributes(found, field.GetCustomAttributesData());
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(found, property.PropertyType);
        }

        foreach (var e in type.GetEvents(Declared))
        {
            Add(found, e.EventHandlerType);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                Add(found, info.ReturnType);
            }

            foreach (var p in method.GetParameters())
            {
                Add(found, p.ParameterType);
            }

            AddAttributes(found, method.GetCustomAttributesData());
            AddBody(found, type, method);
        }

        return found;
    }

    private static void AddAttributes(List<Type> found, IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var a in attributes)
        {
            Add(found, a.AttributeType);
            foreach (var argument in a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue)))
            {
                Add(found, argument.Value as Type);
            }
        }
    }

    /// <summary>Locals and the operands of the method's IL that name types, methods or fields.</summary>
    private static void AddBody(List<Type> found, Type type, MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Add(found, local.LocalType);
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = type.IsGenericTypeDefinition ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethodDefinition ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    AddMember(found, method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments));
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR:
                    i += 4;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                default:
                    break;
            }
        }
    }

    private static void AddMember(List<Type> found, MemberInfo? member)
    {
        switch (member)
        {
            case Type t:
                Add(found, t);
                break;
            case FieldInfo f:
                Add(found, f.DeclaringType);
                Add(found, f.FieldType);
                break;
            case MethodBase m:
                Add(found, m.DeclaringType);
                if (m is MethodInfo info)
                {
                    Add(found, info.ReturnType);
                    foreach (var g in info.IsGenericMethod ? info.GetGenericArguments() : [])
                    {
                        Add(found, g);
                    }
                }

                foreach (var p in m.GetParameters())
                {
                    Add(found, p.ParameterType);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>Adds a type and what it is made of (element types, generic arguments).</summary>
    private static void Add(List<Type> found, Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
            return;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            Add(found, type.GetGenericTypeDefinition());
            foreach (var argument in type.GetGenericArguments())
            {
                Add(found, argument);
            }

            return;
        }

        found.Add(type);
    }
}
