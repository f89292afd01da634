import Foundation
import HomesData

/// Routing for the summary, children and authority card screens: each screen's state,
/// update and drawing live in its own file; here the top state only opens them, hands
/// them actions and does what their outcomes ask (narrow the list, open a journey or
/// a card), keeping the stack.
extension BrowserState {
    /// Rows of the summary's or children's table at the current size.
    var groupsPage: Int {
        switch stack.last {
        case .summary(let s)?: s.page(height: height)
        case .children(let c)?: c.page(height: height)
        default: 1
        }
    }

    mutating func openSummary() {
        stack.append(.summary(SummaryState(index: index, query: query)))
        reclampTop()
    }

    mutating func openChildren() {
        stack.append(.children(ChildrenState(table: childTables.table(for: index))))
        reclampTop()
    }

    mutating func openAuthority(_ authority: Int32) {
        guard authority >= 0, Int(authority) < index.snapshot.localAuthorities.count else { return }
        stack.append(.authority(authority: authority, authorityDocument(authority)))
        reclampTop()
    }

    /// The authority of the home whose detail is on top.
    mutating func openAuthorityOfDetail() {
        guard case .detail(let home, _)? = stack.last, let a = index.snapshot.homes[Int(home)].localAuthority else { return }
        openAuthority(a)
    }

    mutating func applySummary(_ action: Action) {
        guard case .summary(var summary)? = stack.last else { return }
        let outcome = summary.update(action, index: index, page: groupsPage)
        stack[stack.count - 1] = .summary(summary)
        switch outcome {
        case .stay: break
        case .back:
            stack.removeLast()
            reclampTop()
        case .narrow(let clause):
            // Back to the list, narrowed: the group's clause added to the query it came from.
            stack.removeLast()
            var head = queryText
            while head.last?.isWhitespace == true { head.removeLast() }
            setQuery(text: (head.isEmpty ? "" : head + " ") + clause)
            list.cursor = 0
            list.clamp(count: results.count, page: listPage)
        case .authority(let a):
            openAuthority(a)
        }
    }

    mutating func applyChildren(_ action: Action) {
        guard case .children(var children)? = stack.last else { return }
        let outcome = children.update(action, index: index, page: groupsPage)
        stack[stack.count - 1] = .children(children)
        switch outcome {
        case .stay: break
        case .back:
            stack.removeLast()
            reclampTop()
        case .open(let child):
            var journey = JourneyDocument.make(child: child, focus: nil, index: index, colour: colour)
            // In meeting mode the journey calls the child what the list's row called it.
            journey.childLabel = MeetingMode.label(children.view.cursor)
            stack.append(.journey(child: child, journey))
            reclampTop()
        }
    }

    /// Keeps the cursor of a new screen on top visible at the current size.
    mutating func reclampGroups() {
        switch stack.last {
        case .summary(var s)?:
            s.view.clamp(count: s.rows.count, page: s.page(height: height))
            stack[stack.count - 1] = .summary(s)
        case .children(var c)?:
            c.view.clamp(count: c.rows.count, page: c.page(height: height))
            stack[stack.count - 1] = .children(c)
        case .authority(let a, var doc)?:
            doc.view.clamp(count: doc.lines.count, page: documentPage)
            stack[stack.count - 1] = .authority(authority: a, doc)
        default:
            break
        }
    }
}

/// The children table of the browser's snapshot, built when the children list first
/// opens and kept, with the sort orders it has worked out: opening the list again, or
/// sorting by a column already used, costs nothing. Shared by every copy of the state.
final class ChildTableStore: @unchecked Sendable {
    private let lock = NSLock()
    private var table: ChildTable?

    func table(for index: SnapshotIndex) -> ChildTable {
        lock.lock()
        defer { lock.unlock() }
        if let table, table.index === index { return table }
        let made = ChildTable(index: index)
        made.prepareSearchInBackground()
        table = made
        return made
    }
}
