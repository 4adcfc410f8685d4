/// How the coder splits, weighs and clusters; the defaults suit Swedish report answers.
public struct CoderOptions: Hashable, Sendable {
    /// How many categories to make.
    public enum CategoryCount: Hashable, Sendable {
        /// The coder chooses; statements that fit nothing stay uncategorized ("Övrigt").
        case automatic
        /// Exactly this many (fewer only when there are fewer distinct statements); every
        /// statement is placed in one of them. With a codebook, the count includes its categories.
        case fixed(Int)
    }

    /// What is coded: the statements of each answer or each answer whole (`coding: single`).
    public enum Splitting: Hashable, Sendable {
        case statements
        case wholeAnswer
    }

    public var language: CoderLanguage
    public var categories: CategoryCount
    public var splitting: Splitting
    /// Seeds every random draw; the same seed and input give the same output.
    public var seed: UInt64
    /// A statement also joins every further category it is this close to, relative to its own
    /// category (and at least as close as joining that category needs); above 1, never.
    public var furtherCategoryRatio: Double
    /// A proposed category needs statements from at least this many respondents.
    public var minimumRespondents: Int
    /// On small inputs, the weight factor of terms found in one statement only (0 drops them).
    /// Half weight keeps a statement that is mostly its own words from looking like the one
    /// word it shares (on the pilot answers: 34 of 75 table rows reproduced when dropped, 39
    /// at half weight, with stem families and a merge threshold of 0.3).
    public var rareTermWeight: Double
    /// Lengths of the character n-grams taken from each stem (edges marked).
    public var gramLengths: ClosedRange<Int>
    /// Stems shorter than this get no n-grams.
    public var minimumGramWordLength: Int
    /// Weight of the n-gram block against whole stems (each block has unit length first).
    public var gramWeight: Double
    /// Dimensions of the LSA projection (large inputs' tree leaves; a fixed count).
    public var dimensions: Int
    /// Up to this many statements, the automatic count builds its tree over the statements
    /// themselves and words used once weigh a little (`rareTermWeight`); above it, the tree's
    /// leaves are small groups of statements.
    public var smallInputLimit: Int
    /// Spherical k-means (centres of unit length) or Euclidean (plain means).
    var kMeansGeometry: KMeans.Geometry = .spherical
    /// Rounds of k-means on the full TF-IDF rows after the clustering in the reduced space.
    var refinementIterations = 10
    /// k-means restarts; the best total fit in the full space wins.
    var kMeansRestarts = 8
    /// Rounds in the full space when the sample's clusters are extended to every statement.
    var finalRefinementIterations = 3
    /// Rounds of split-and-dissolve repair after k-means (see `ClusterRepair`).
    var repairRounds = 10
    /// Statements sampled for LSA and for choosing among restarts (large inputs).
    var clusteringSampleSize = 30_000
    /// The classifier's inverse regularisation strength (scikit-learn's `C`), when it learns from coded examples.
    public var regularization: Double = 10
    /// The accuracy the statements coded automatically (`review: false`) must reach.
    public var targetAccuracy: Double = 0.95
    /// How many key terms each category lists.
    public var termCount: Int
    /// How many example statements each new category lists.
    public var exampleCount: Int

    public init(language: CoderLanguage = .swedish, categories: CategoryCount = .automatic, splitting: Splitting = .statements, seed: UInt64 = 2012) {
        self.language = language
        self.categories = categories
        self.splitting = splitting
        self.seed = seed
        self.minimumRespondents = 2
        self.furtherCategoryRatio = 0.9
        self.rareTermWeight = 0.5
        self.gramLengths = 3...5
        self.minimumGramWordLength = 4
        // English seldom joins words into compounds; there n-grams only blur (measured on en-stackoverflow).
        self.gramWeight = language == .swedish ? 0.6 : 0
        self.dimensions = 100
        self.smallInputLimit = 2000
        self.termCount = 5
        self.exampleCount = 3
    }
}
