using System.Collections.Immutable;

namespace Provisioning.Generators.Reading;

/// <summary>
/// What a reader made of one declaration: the model to generate from (null when the declaration cannot be generated)
/// and every problem found. A model can come with problems that do not stop generation (a non-canonical interval, a
/// derived interval without a base, one bad [UsesIndicator] among good ones).
/// </summary>
/// <typeparam name="TModel">The model type.</typeparam>
internal readonly struct DeclarationReading<TModel>
    where TModel : class
{
    public DeclarationReading(TModel? model, ImmutableArray<DeclarationProblem> problems)
    {
        Model = model;
        Problems = problems.IsDefault ? ImmutableArray<DeclarationProblem>.Empty : problems;
    }

    public TModel? Model { get; }

    public ImmutableArray<DeclarationProblem> Problems { get; }
}
