#pragma once

#include <QHashFunctions>
#include <QString>
#include <QUuid>

namespace kt {

// A strongly typed identifier. Each kind of object has its own Id type, so the
// compiler refuses an element id where a node id is expected. The value is the
// identifier string: new ids are "id-" + a UUID (a valid xs:ID, which a bare UUID
// starting with a digit is not); ids read from an exchange file are kept as they are.
template<typename Tag>
class Id
{
public:
    Id() = default;
    explicit Id(QString value) : m_value(std::move(value)) {}

    static Id create()
    {
        return Id(QStringLiteral("id-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    bool isNull() const { return m_value.isEmpty(); }
    const QString &toString() const { return m_value; }

    friend bool operator==(const Id &a, const Id &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const Id &a, const Id &b) { return a.m_value != b.m_value; }
    friend bool operator<(const Id &a, const Id &b) { return a.m_value < b.m_value; }
    friend size_t qHash(const Id &id, size_t seed = 0) { return qHash(id.m_value, seed); }

private:
    QString m_value;
};

using ModelId = Id<struct ModelIdTag>;
using ElementId = Id<struct ElementIdTag>;
using RelationshipId = Id<struct RelationshipIdTag>;
using ViewId = Id<struct ViewIdTag>;
using NodeId = Id<struct NodeIdTag>;
using ConnectionId = Id<struct ConnectionIdTag>;

// True when text can serve as an identifier in an exchange file (an XML NCName,
// restricted to the ASCII subset that every tool accepts).
bool isValidIdentifier(const QString &text);

} // namespace kt
