#include "frameworkupgrade.h"
#include "../core/language.h"
#include "../meta/profileregistry.h"

#include <QHash>

#include <algorithm>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// The key of the band an element of this type is drawn in: "layer/band" or "layer".
QString typeKey(const ElementType &type, bool withBand)
{
    return withBand && !type.band.isEmpty() ? type.layer + u'/' + type.band : type.layer;
}

// Properties of the new type that it accepts stay typed; the others become free
// properties, so that nothing the planner entered is lost.
void sortProperties(const Profile &target, const QString &elementType, const QStringList &accepted,
    TypedProperties &properties, PropertyList &extra)
{
    TypedProperties kept;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        const bool fits = elementType.isEmpty() ? target.property(it.key()) != nullptr
                                                : accepted.contains(it.key())
                && target.checkProperty(elementType, it.key(), it.value()).isEmpty();
        if (fits)
            kept.insert(it.key(), it.value());
        else
            extra.append(Property { it.key(), it.value() });
    }
    properties = kept;
}

// The view setting naming a component architecture's view (ComponentDiagram in
// model/export, which this library does not link).
const QString ComponentSetting = u"component"_s;

bool componentShows(const ComponentArchitecture &component, const ElementType &type)
{
    return component.layers.contains(type.layer)
        || (!type.band.isEmpty() && component.bands.contains(type.layer + u'/' + type.band))
        || component.elementTypes.contains(type.id);
}

// The new framework's component architecture for a component view of the
// earlier one: the same id when the new profile has it, else the component that
// shows most of the view's elements (1.0's "information" becomes 2.0's "data");
// empty when none shows any, or the best is taken by another view.
QString mapComponent(
    const Profile &target, const ModelData &model, const View &view, const QStringList &taken)
{
    const QString id = view.settings.value(ComponentSetting);
    if (target.component(id))
        return id;
    QString best;
    int bestCount = 0;
    for (const ComponentArchitecture &component : target.components()) {
        int count = 0;
        for (const ViewNode &node : view.nodes) {
            const Element *element
                = node.kind == NodeKind::Element ? model.elements.find(node.element) : nullptr;
            const ElementType *type = element ? target.elementType(element->type) : nullptr;
            count += type && componentShows(component, *type);
        }
        if (count > bestCount) {
            best = component.id;
            bestCount = count;
        }
    }
    return taken.contains(best) ? QString() : best;
}

} // namespace

QString FrameworkUpgrade::mapLayerKey(
    const Profile &from, const Profile &to, const FrameworkMapping &mapping, const QString &key)
{
    const QString layerId = key.section(u'/', 0, 0);
    const QString bandId = key.section(u'/', 1);
    const Layer *layer = from.layer(layerId);
    if (!layer)
        return QString();
    // A layer with sub-bands stands for a layer; a band, or a layer without
    // sub-bands (1.0's portal services), for the band its types go to.
    const bool withBand = !bandId.isEmpty() || layer->bands.isEmpty();
    QList<qsizetype> targets; // indexes of the mapped types in the new profile
    for (const ElementType &type : from.elementTypes()) {
        if (type.layer != layerId || (!bandId.isEmpty() && type.band != bandId))
            continue;
        const QString mapped = mapping.elementTypes.value(type.id);
        const auto found = std::find_if(to.elementTypes().begin(), to.elementTypes().end(),
            [&](const ElementType &t) { return t.id == mapped; });
        if (found != to.elementTypes().end())
            targets.append(found - to.elementTypes().begin());
    }
    std::sort(targets.begin(), targets.end());
    QString best;
    int bestCount = 0;
    QHash<QString, int> counts;
    for (const qsizetype i : std::as_const(targets)) {
        const QString mappedKey = typeKey(to.elementTypes().at(i), withBand);
        const int count = ++counts[mappedKey];
        if (count > bestCount) {
            best = mappedKey;
            bestCount = count;
        }
    }
    return best;
}

QStringList FrameworkUpgrade::targetsFor(const QString &frameworkId)
{
    QStringList targets;
    if (frameworkId.isEmpty())
        return targets;
    for (const QString &id : ProfileRegistry::frameworkIds()) {
        const Result<ProfilePtr> profile = ProfileRegistry::profile(id);
        if (profile && profile.value()->mappingFrom(frameworkId))
            targets.append(id);
    }
    return targets;
}

Result<UpgradeResult> FrameworkUpgrade::upgrade(const ModelData &source, const ProfilePtr &target)
{
    if (!target)
        return Result<UpgradeResult>::failure(tr("No framework to upgrade to."));
    const QString fromId = source.info.frameworkId;
    const FrameworkMapping *mapping = target->mappingFrom(fromId);
    if (!mapping)
        return Result<UpgradeResult>::failure(
            tr("The framework “%1” has no mapping from “%2”, the framework of the model: the "
               "model cannot be upgraded to it.")
                .arg(target->id(), fromId.isEmpty() ? tr("(none)") : fromId));
    ProfilePtr from = source.profile;
    if (!from || from->id() != fromId) {
        Result<ProfilePtr> loaded = ProfileRegistry::profile(fromId);
        if (!loaded)
            return Result<UpgradeResult>::failure(loaded.error());
        from = loaded.value();
    }

    UpgradeResult result;
    ModelData &model = result.model;
    model.profile = target;
    model.info = source.info;
    model.info.frameworkId = target->id();
    // Names in the interface language: the reasons are read in the editor and the terminal.
    const QString language = uiLanguage();
    const QString targetName = target->name().text(language);

    QHash<QString, QString> layerKeys; // earlier layer key -> new one ("" when none)
    const auto mappedKey = [&](const QString &key) {
        const auto it = layerKeys.constFind(key);
        if (it != layerKeys.constEnd())
            return *it;
        return *layerKeys.insert(key, mapLayerKey(*from, *target, *mapping, key));
    };

    model.elements.reserve(source.elements.size());
    for (const Element &element : source.elements) {
        Element upgraded = element;
        const ElementType *oldType = from->elementType(element.type);
        const ElementType *newType = target->elementType(mapping->elementTypes.value(element.type));
        if (!newType) {
            // The generic type of the layer where the old type's layer goes.
            if (oldType)
                newType = target->genericElementType(mappedKey(oldType->layer).section(u'/', 0, 0));
            if (!newType)
                newType = target->importElementType(oldType ? oldType->archimateType : QString());
            if (!newType)
                newType = target->importElementType(QString());
            if (!newType)
                return Result<UpgradeResult>::failure(
                    tr("The framework “%1” has no generic element type for “%2”.")
                        .arg(target->id(), element.type));
            UpgradeIssue issue;
            issue.kind = UpgradeIssue::Kind::Element;
            issue.id = element.id.toString();
            issue.name = element.name;
            issue.oldType = element.type;
            issue.newType = newType->id;
            issue.reason = oldType
                ? tr("“%1” has no counterpart in %2; the element became “%3”.")
                      .arg(oldType->name.text(language), targetName, newType->name.text(language))
                : tr("“%1” is not a type of %2; the element became “%3”.")
                      .arg(element.type, from->name().text(language), newType->name.text(language));
            result.unmapped.append(issue);
        }
        upgraded.type = newType->id;
        sortProperties(*target, newType->id, newType->properties, upgraded.properties,
            upgraded.extraProperties);
        // A generic element keeps the ArchiMate type it had, as an import does.
        if (newType->generic && newType->properties.contains(u"archimateType"_s) && oldType
            && !upgraded.properties.contains(u"archimateType"_s))
            upgraded.properties.insert(u"archimateType"_s, oldType->archimateType);
        model.elements.append(std::move(upgraded));
    }

    const RelationshipType *generic = target->genericRelationshipType();
    model.relationships.reserve(source.relationships.size());
    for (const Relationship &relationship : source.relationships) {
        Relationship upgraded = relationship;
        const Element *sourceElement = model.elements.find(relationship.source);
        const Element *targetElement = model.elements.find(relationship.target);
        const QString sourceType = sourceElement ? sourceElement->type : QString();
        const QString targetType = targetElement ? targetElement->type : QString();
        const RelationshipType *oldType = from->relationshipType(relationship.type);
        const RelationshipType *newType
            = target->relationshipType(mapping->relationshipTypes.value(relationship.type));
        QString reason;
        if (!newType) {
            reason = oldType ? tr("“%1” has no counterpart in %2; the relationship became “%3”.")
                                   .arg(oldType->name.text(language), targetName,
                                       generic ? generic->name.text(language) : QString())
                             : tr("“%1” is not a relationship type of %2; the relationship "
                                  "became “%3”.")
                                   .arg(relationship.type, from->name().text(language),
                                       generic ? generic->name.text(language) : QString());
        } else if (!newType->generic && !target->isAllowed(newType->id, sourceType, targetType)) {
            const ElementType *s = target->elementType(sourceType);
            const ElementType *t = target->elementType(targetType);
            reason = tr("%1 does not allow “%2” from “%3” to “%4”; the relationship became "
                        "“%5”.")
                         .arg(targetName, newType->name.text(language),
                             s ? s->name.text(language) : sourceType,
                             t ? t->name.text(language) : targetType,
                             generic ? generic->name.text(language) : QString());
            newType = nullptr;
        }
        if (!newType) {
            if (!generic)
                return Result<UpgradeResult>::failure(
                    tr("The framework “%1” has no generic relationship type.").arg(target->id()));
            newType = generic;
            UpgradeIssue issue;
            issue.kind = UpgradeIssue::Kind::Relationship;
            issue.id = relationship.id.toString();
            issue.name = !relationship.name.isEmpty()
                ? relationship.name
                : (sourceElement ? sourceElement->name : relationship.source.toString()) + u" → "_s
                    + (targetElement ? targetElement->name : relationship.target.toString());
            issue.oldType = relationship.type;
            issue.newType = newType->id;
            issue.reason = reason;
            result.unmapped.append(issue);
        }
        upgraded.type = newType->id;
        sortProperties(*target, QString(), {}, upgraded.properties, upgraded.extraProperties);
        model.relationships.append(std::move(upgraded));
    }

    // Views as they were; band groups stand for the new framework's layers, a
    // component view for the new framework's component.
    QStringList components;
    for (const View &view : source.views)
        if (const QString id = view.settings.value(ComponentSetting); target->component(id))
            components.append(id);
    model.views.reserve(source.views.size());
    for (const View &view : source.views) {
        View upgraded = view;
        for (const ViewNode &node : view.nodes) {
            if (node.layer.isEmpty() || !from->layer(node.layer.section(u'/', 0, 0)))
                continue; // the legend, the title block
            if (const QString key = mappedKey(node.layer); !key.isEmpty())
                upgraded.nodes.find(node.id)->layer = key;
        }
        // Settings named after a layer: "<layer>Column", "<layer>Placement".
        QMap<QString, QString> settings;
        for (auto it = view.settings.cbegin(); it != view.settings.cend(); ++it) {
            QString key = it.key();
            for (const QString &suffix : { u"Column"_s, u"Placement"_s }) {
                if (!key.endsWith(suffix))
                    continue;
                const QString layer = key.chopped(suffix.size());
                if (!from->layer(layer))
                    continue;
                if (const QString mapped = mappedKey(layer).section(u'/', 0, 0); !mapped.isEmpty())
                    key = mapped + suffix;
            }
            settings.insert(key, it.value());
        }
        if (settings.contains(ComponentSetting)
            && !target->component(settings.value(ComponentSetting))) {
            if (const QString id = mapComponent(*target, model, view, components); !id.isEmpty()) {
                settings.insert(ComponentSetting, id);
                components.append(id);
            }
        }
        upgraded.settings = settings;
        model.views.append(std::move(upgraded));
    }
    return result;
}

} // namespace kt
