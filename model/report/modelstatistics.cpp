#include "modelstatistics.h"

#include <QHash>

namespace kt {

using namespace Qt::StringLiterals;

ModelStatistics ModelStatistics::compute(const ModelData &data)
{
    const Profile &profile = *data.profile;
    ModelStatistics s;
    s.elements = data.elements.size();
    s.relationships = data.relationships.size();
    s.views = data.views.size();
    s.securityLevels = QList<qsizetype>(6, 0);

    QHash<QString, qsizetype> byType;
    QHash<QString, qsizetype> byLayer;
    for (const Element &e : data.elements) {
        const ElementType *type = profile.elementType(e.type);
        if (!type) {
            ++s.unknownTypes;
            continue;
        }
        ++byType[e.type];
        ++byLayer[type->layer];
        if (type->informationSystem) {
            ++s.informationSystems;
            bool ok = false;
            const int level = e.properties.value(u"securityLevel"_s).toInt(&ok);
            ++s.securityLevels[ok && level >= 1 && level <= 5 ? level : 0];
        }
    }
    for (const Layer &layer : profile.layers())
        s.layers.append({layer.id, byLayer.value(layer.id)});
    for (const ElementType &type : profile.elementTypes())
        s.types.append({type.id, byType.value(type.id)});
    return s;
}

} // namespace kt
