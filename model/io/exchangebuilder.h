#pragma once

#include "exchangeraw.h"
#include "../modeldata.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QString>

namespace kt {

// The second half of ExchangeReader: turns a RawModel into a model. Resolves
// property names through the file's definitions, picks the framework (kt:framework,
// else the default one), gives each element and relationship our type (kt:type,
// else the profile's import mapping of its xsi:type), turns a reversed type
// (RelationshipType::archimateReversed) back to our direction, sorts kt: properties into
// typed ones and free ones, undoes the view shift. What it cannot take is left out
// with a finding naming the file, the line, the object and the reason, and the
// rest is built: a property naming a definition the file lacks, a relationship
// joining what is not in the file (or left out, or a circle of relationships on
// relationships), a node showing a missing element or of an unknown kind (its
// children move to its parent), a link to a missing view, a connection showing a
// missing relationship or joining what is not in its view. A type that is no
// ArchiMate type is kept as the generic type, with a finding.
class ExchangeBuilder
{
public:
    explicit ExchangeBuilder(const QString &fileName);
    // Strict: the first thing that would be left out refuses the whole input instead
    // (Archi's CSV sets, which Archi refuses so); circles are left to ModelCheck.
    void setStrict(bool strict) { m_strict = strict; }
    bool build(exchange::RawModel &raw, ModelData *out);
    // build(), then the rules of every model (ModelCheck, identifiers XML names), as
    // the readers of XML files need them; out is left untouched on failure.
    bool buildChecked(exchange::RawModel &raw, ModelData *out);
    QString errorString() const { return m_error; }
    // What was left out, one message each (at most MaxFindings, then a count).
    QStringList findings() const;
    static constexpr qsizetype MaxFindings = 200;

private:
    bool fail(qint64 line, const QString &message);
    void finding(qint64 line, const QString &message);
    void resolve(const exchange::RawProperties &raw, const QString &owner, PropertyList *out);
    void dropBrokenRelationshipChains(ModelData *data);
    void dropBrokenConnections(const exchange::RawView &rawView, const ModelData &data, View *view);
    bool buildInfo(exchange::RawModel &raw, ModelData *data);
    bool buildElements(exchange::RawModel &raw, ModelData *data);
    bool buildRelationships(exchange::RawModel &raw, ModelData *data);
    bool buildView(exchange::RawView &rawView, const QSet<QString> &viewIds, const ModelData &data,
                   View *view);
    void sortViewProperties(const PropertyList &properties, qsizetype origin, View *view);

    QString m_fileName;
    QString m_error;
    const QHash<QString, QString> *m_definitions = nullptr;
    const exchange::RawModel *m_raw = nullptr; // during build()
    // The file writes reversed types in ArchiMate's direction (kt:directions).
    bool m_archimateDirections = false;
    // Relationships read with source and target swapped; their connections too.
    QSet<RelationshipId> m_swapped;
    QStringList m_findings;
    qsizetype m_moreFindings = 0; // beyond MaxFindings
    bool m_strict = false;
    QHash<QString, qint64> m_lines; // of relationships and connections, for findings
};

} // namespace kt
