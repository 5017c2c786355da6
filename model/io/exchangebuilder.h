#pragma once

#include "exchangeraw.h"
#include "../modeldata.h"

#include <QSet>
#include <QString>

namespace kt {

// The second half of ExchangeReader: turns a RawModel into a model. Resolves
// property names through the file's definitions, picks the framework (kt:framework,
// else the default one), gives each element and relationship our type (kt:type,
// else the profile's import mapping of its xsi:type), turns a reversed type
// (RelationshipType::archimateReversed) back to our direction, sorts kt: properties into
// typed ones and free ones, undoes the view shift, and refuses references to
// things the file does not hold.
class ExchangeBuilder
{
public:
    explicit ExchangeBuilder(const QString &fileName);
    bool build(exchange::RawModel &raw, ModelData *out);
    // build(), then the rules of every model (ModelCheck, identifiers XML names), as
    // the readers of XML files need them; out is left untouched on failure.
    bool buildChecked(exchange::RawModel &raw, ModelData *out);
    QString errorString() const { return m_error; }

private:
    bool fail(qint64 line, const QString &message);
    bool resolve(const exchange::RawProperties &raw, PropertyList *out);
    bool buildInfo(exchange::RawModel &raw, ModelData *data);
    bool buildElements(exchange::RawModel &raw, ModelData *data);
    bool buildRelationships(exchange::RawModel &raw, ModelData *data);
    bool buildView(exchange::RawView &rawView, View *view);
    void sortViewProperties(const PropertyList &properties, qsizetype origin, View *view);

    QString m_fileName;
    QString m_error;
    const QHash<QString, QString> *m_definitions = nullptr;
    // The file writes reversed types in ArchiMate's direction (kt:directions).
    bool m_archimateDirections = false;
    // Relationships read with source and target swapped; their connections too.
    QSet<RelationshipId> m_swapped;
};

} // namespace kt
