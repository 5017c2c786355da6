#include "validator.h"
#include "../core/language.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

class Check
{
    Q_DECLARE_TR_FUNCTIONS(kt::Validator)

public:
    explicit Check(const ModelData &data) : m_data(data), m_profile(*data.profile) {}

    QList<Finding> run()
    {
        elements();
        relationships();
        views();
        std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
            return a.severity < b.severity;
        });
        return m_findings;
    }

private:
    QString elementName(const Element &e) const
    {
        return e.name.isEmpty() ? e.id.toString() : e.name;
    }

    static QString language() { return uiLanguage(); }

    void add(Severity severity, const QString &rule, const QString &message, const Element *e)
    {
        Finding f;
        f.severity = severity;
        f.rule = rule;
        f.message = message;
        if (e)
            f.element = e->id;
        m_findings.append(f);
    }

    void elements()
    {
        QSet<ElementId> shown;
        for (const View &view : m_data.views)
            for (const ViewNode &node : view.nodes)
                if (node.kind == NodeKind::Element)
                    shown.insert(node.element);

        QHash<QString, const Element *> firstByName; // layer + folded name
        for (const Element &e : m_data.elements) {
            const ElementType *type = m_profile.elementType(e.type);
            if (!type) {
                add(Severity::Error, u"unknown-type"_s,
                    tr("“%1” has the type “%2”, which framework %3 does not know.")
                            .arg(elementName(e), e.type, m_profile.id()),
                    &e);
                continue;
            }
            for (const QString &key : type->required) {
                if (!e.properties.value(key).isEmpty())
                    continue;
                if (key == u"securityLevel")
                    add(Severity::Error, u"security-level-missing"_s,
                        tr("The information system “%1” has no security level.").arg(elementName(e)),
                        &e);
                else
                    add(Severity::Error, u"required-property-missing"_s,
                        tr("“%1” has no value for “%2”.")
                                .arg(elementName(e), propertyName(key)),
                        &e);
            }
            for (auto it = e.properties.cbegin(); it != e.properties.cend(); ++it) {
                const QString problem = m_profile.checkProperty(e.type, it.key(), it.value());
                if (!problem.isEmpty())
                    add(Severity::Error, u"invalid-property"_s,
                        tr("“%1”: %2").arg(elementName(e), problem), &e);
            }
            personalData(e, *type);
            if (!shown.contains(e.id))
                add(Severity::Warning, u"element-not-in-view"_s,
                    tr("“%1” is in no view.").arg(elementName(e)), &e);
            const QString key = type->layer + u'\n' + e.name.trimmed().toCaseFolded();
            if (e.name.trimmed().isEmpty())
                continue;
            if (const Element *first = firstByName.value(key)) {
                const Layer *layer = m_profile.layer(type->layer);
                add(Severity::Warning, u"duplicate-name"_s,
                    tr("“%1” has the same name as another element of the layer “%2” (%3).")
                            .arg(elementName(e), layer ? layer->name.text(language()) : type->layer,
                                 first->id.toString()),
                    &e);
            } else {
                firstByName.insert(key, &e);
            }
        }
    }

    // Decree 85/2016, Art. 7–8: a system that processes personal data is at least at level 2.
    void personalData(const Element &e, const ElementType &type)
    {
        if (!type.informationSystem || e.properties.value(u"personalData"_s) != u"yes")
            return;
        bool ok = false;
        const int level = e.properties.value(u"securityLevel"_s).toInt(&ok);
        if (!ok || level >= 2)
            return;
        add(Severity::Error, u"personal-data-level"_s,
            tr("The information system “%1” processes personal data but is at security level "
               "%2; such a system is at least at level 2 (Decree 85/2016/ND-CP, Art. 7–8).")
                    .arg(elementName(e))
                    .arg(level),
            &e);
    }

    // A national system other than the platforms (NDXP, NGSP) that provincial
    // systems reach it through.
    static bool isNational(const QString &type)
    {
        return type.startsWith(u"national-"_s);
    }

    // A provincial information system (portals, applications, databases) other
    // than the LGSP itself; users, services and infrastructure are not linked so.
    bool isProvincialSystem(const QString &typeId) const
    {
        const ElementType *type = m_profile.elementType(typeId);
        return type && type->informationSystem
                && (type->layer == u"channels" || type->layer == u"data-apps")
                && type->band != u"integration";
    }

    // Framework 2.0: provincial systems reach national ones through the LGSP and the NDXP.
    void nationalLink(const Relationship &r, const Element &source, const Element &target)
    {
        const Element *provincial = nullptr;
        const Element *national = nullptr;
        if (isProvincialSystem(source.type) && isNational(target.type)) {
            provincial = &source;
            national = &target;
        } else if (isProvincialSystem(target.type) && isNational(source.type)) {
            provincial = &target;
            national = &source;
        } else {
            return;
        }
        Finding f;
        f.severity = Severity::Warning;
        f.rule = u"national-link-bypasses-lgsp"_s;
        f.message = tr("“%1” is linked directly to the national system “%2”; under the "
                       "framework a provincial system connects to national systems through the "
                       "LGSP and the NDXP.")
                            .arg(elementName(*provincial), elementName(*national));
        f.relationship = r.id;
        f.element = provincial->id;
        m_findings.append(f);
    }

    QString propertyName(const QString &key) const
    {
        const PropertyDefinition *p = m_profile.property(key);
        return p ? p->name.text(language()) : key;
    }

    // The ArchiMate type a concept stands for: the one a generic type keeps, else its type's.
    template<typename Concept, typename Type>
    static QString archimateTypeOf(const Concept &item, const Type *type)
    {
        const QString kept = item.properties.value(u"archimateType"_s);
        return !kept.isEmpty() ? kept : type ? type->archimateType : QString();
    }

    QString endName(const ElementId &element, const RelationshipId &relationship) const
    {
        if (const Element *e = m_data.elements.find(element))
            return elementName(*e);
        const Relationship *r = m_data.relationships.find(relationship);
        if (r && !r->name.isEmpty())
            return r->name;
        return relationship.isNull() ? element.toString() : relationship.toString();
    }

    // ArchiMate 3.1 (5.4 and appendix B): an association may join a relationship at
    // either end; an aggregation or composition may go from a grouping or a plateau to
    // a relationship; no other relationship ends on a relationship.
    void relationshipOnRelationship(const Relationship &r)
    {
        Finding f;
        f.relationship = r.id;
        f.severity = Severity::Error;
        for (const RelationshipId &other : {r.sourceRelationship, r.targetRelationship}) {
            if (!other.isNull() && !m_data.relationships.contains(other)) {
                f.rule = u"relationship-end-missing"_s;
                f.message = tr("The relationship %1 joins a relationship that does not exist.")
                                    .arg(r.id.toString());
                m_findings.append(f);
                return;
            }
        }
        const RelationshipType *type = m_profile.relationshipType(r.type);
        const Element *source = m_data.elements.find(r.source);
        const QString sourceType = source
                ? archimateTypeOf(*source, m_profile.elementType(source->type))
                : QString();
        if (Validator::allowsOnRelationship(archimateTypeOf(r, type), sourceType))
            return;
        f.rule = u"relationship-on-relationship-not-allowed"_s;
        f.message = tr("ArchiMate 3.1 does not allow “%1” from “%2” to “%3”: only an "
                       "association may end on a relationship, and an aggregation or "
                       "composition from a grouping or plateau.")
                            .arg(type ? type->name.text(language()) : r.type,
                                 endName(r.source, r.sourceRelationship),
                                 endName(r.target, r.targetRelationship));
        f.element = r.source;
        m_findings.append(f);
    }

    void relationships()
    {
        for (const Relationship &r : m_data.relationships) {
            if (r.endsOnRelationship()) {
                relationshipOnRelationship(r);
                continue;
            }
            const Element *source = m_data.elements.find(r.source);
            const Element *target = m_data.elements.find(r.target);
            const RelationshipType *type = m_profile.relationshipType(r.type);
            Finding f;
            f.relationship = r.id;
            f.severity = Severity::Error;
            if (!source || !target) {
                f.rule = u"relationship-end-missing"_s;
                f.message = tr("The relationship %1 joins an element that does not exist.")
                                    .arg(r.id.toString());
            } else if (!type) {
                f.rule = u"unknown-type"_s;
                f.message = tr("The relationship from “%1” to “%2” has the type “%3”, which "
                               "framework %4 does not know.")
                                    .arg(elementName(*source), elementName(*target), r.type,
                                         m_profile.id());
            } else if (!m_profile.isAllowed(r.type, source->type, target->type)) {
                f.rule = u"relationship-not-allowed"_s;
                f.message = tr("Framework %1 does not allow “%2” from “%3” to “%4”.")
                                    .arg(m_profile.id(), type->name.text(language()),
                                         elementName(*source), elementName(*target));
                f.element = source->id;
            } else {
                nationalLink(r, *source, *target);
                continue;
            }
            m_findings.append(f);
        }
    }

    void views()
    {
        for (const View &view : m_data.views) {
            for (const ViewNode &node : view.nodes) {
                if (node.kind != NodeKind::Element || m_data.elements.contains(node.element))
                    continue;
                Finding f;
                f.severity = Severity::Error;
                f.rule = u"node-element-missing"_s;
                f.message = tr("A node of the view “%1” shows the element %2, which does not "
                               "exist.")
                                    .arg(view.name, node.element.toString());
                f.view = view.id;
                f.node = node.id;
                f.element = node.element;
                m_findings.append(f);
            }
        }
    }

    const ModelData &m_data;
    const Profile &m_profile;
    QList<Finding> m_findings;
};

} // namespace

QList<Finding> Validator::validate(const ModelData &data)
{
    return Check(data).run();
}

QString Validator::severityName(Severity severity)
{
    return severity == Severity::Error ? u"error"_s : u"warning"_s;
}

bool Validator::allowsOnRelationship(const QString &archimateType,
                                     const QString &sourceArchimateType)
{
    if (archimateType == u"Association")
        return true;
    return (archimateType == u"Aggregation" || archimateType == u"Composition")
            && (sourceArchimateType == u"Grouping" || sourceArchimateType == u"Plateau");
}

} // namespace kt
