/// One decision staff make in review, as data: what `ReviewSession` applies and can undo.
///
/// Categories are named by id, statements by key; a statement's decision applies to every
/// copy of it (a respondent can repeat a statement).
public enum ReviewDecision: Hashable, Sendable {
    /// A new label for a category; its id stays.
    case rename(String, label: String)
    /// Every statement of the first category joins the second; the first is removed.
    case merge(String, into: String)
    /// The statements move out of the category (nil: out of Övrigt) into a new one with the label.
    case split(String?, statements: Set<StatementKey>, label: String)
    /// Out of one category (nil: from none) and into another (nil: into none).
    case move(StatementKey, from: String?, to: String?)
    /// Into one more category, staying in its others.
    case add(StatementKey, to: String)
    /// Out of one category, staying in its others ("Övrigt" when none is left).
    case remove(StatementKey, from: String)
    /// A new, empty category.
    case newCategory(label: String)
    /// An empty category that is not final goes away.
    case delete(String)
    /// A category that is not final goes away with its statements staying: each is left in its
    /// other categories, or in Övrigt.
    case dissolve(String)
    /// Settled by staff (true) or not.
    case markFinal(String, Bool)
    /// In exactly these categories (none: Övrigt): accepting the coder's suggestion, or placing
    /// the statement elsewhere.
    case place(StatementKey, in: [String])
}
