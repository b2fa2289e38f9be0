package pecg.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A unique index with a {@code partialFilterExpression} (stock 1.47.0 ignores the expression and
 * enforces uniqueness over every document): only documents matching the expression have entries —
 * checked on insert, kept on updates that move a document into or out of the filter, removed on
 * delete. Wraps the stock H2 unique index (same MVStore map, so files stay as they were). Never chosen
 * by the planner (a query need not imply the filter); lookups go through the other indexes.
 */
final class PartialUniqueIndex extends Index<Object> {

    private final Index<Object> delegate;
    private final Document filter;
    private final DefaultQueryMatcher matcher = new DefaultQueryMatcher();

    PartialUniqueIndex(Index<Object> delegate, Document filter) {
        super(delegate.getName(), delegate.getKeys(), false);
        this.delegate = delegate;
        this.filter = filter;
    }

    private boolean covers(Document document) {
        return document != null && matcher.matches(document, filter);
    }

    @Override
    public Object getPosition(Document document) {
        return covers(document) ? delegate.getPosition(document) : null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        if (covers(document)) {
            delegate.checkAdd(document, collection);
        }
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        if (covers(document)) {
            delegate.add(document, position, collection);
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = covers(document) ? delegate.remove(document) : null;
        return position != null ? position : Missing.ofNullable(document.get("_id"));
    }

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("a partial index serves no query");
    }

    @Override
    public long getCount() {
        return delegate.getCount();
    }

    @Override
    public long getDataSize() {
        return delegate.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        if (!covers(newDocument)) {
            return;
        }
        if (covers(oldDocument)) {
            delegate.checkUpdate(oldDocument, newDocument, collection);
        } else {
            delegate.checkAdd(newDocument, collection);
        }
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) throws KeyConstraintError {
        boolean was = covers(oldDocument);
        boolean is = covers(newDocument);
        if (was && is) {
            delegate.updateInPlace(oldDocument, newDocument, position, collection);
        } else if (was) {
            delegate.remove(oldDocument);
        } else if (is) {
            delegate.add(newDocument, position, collection);
        }
    }

    @Override
    public boolean isUnique() {
        return true;
    }

    @Override
    public void drop() {
        delegate.drop();
    }

    @Override
    public Document toIndexDescription() {
        return delegate.toIndexDescription().append("partialFilterExpression", filter);
    }
}
