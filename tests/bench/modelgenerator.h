#pragma once

#include <model/modeldata.h>

namespace kt::bench {

// Sizes of the benchmark models (issue: S, M, L; X is the exchange file of issue 12,
// measured on request: --sizes X).
struct ModelSize
{
    QString name;
    int elements = 0;
    int relationships = 0;
    int views = 0;
    int largestView = 5000; // nodes of the biggest view; others down to 50
};

// "S", "M", "L", "X" (any case); a name of none gives a size with no elements.
ModelSize sizeByName(const QString &name);

// Deterministic synthetic models: the same seed and size give the same model on
// every machine. Every layer and element type of the profile, Vietnamese names
// built from the word lists in vietnamese-words.json, typed properties (a
// security level and level dossier on information systems), free properties and
// documentation on some, relationships of every type the framework allows
// between the types, and views.
//
// Views follow what real models have: a few big diagrams and many small ones.
// View v (from 0) has max(50, largest / (v + 1)) nodes, so the first has the
// largest size (5,000, or every element of a smaller model) and the fifth 1,000.
// A view shows related elements: they are taken in breadth-first order over the
// relationships from a start element and laid out on a grid in that order, and
// the view has the connections of the relationships among them (up to 1.5 per
// node), mostly between nearby nodes, as in a diagram a person drew.
class ModelGenerator
{
public:
    ModelGenerator(ProfilePtr profile, quint32 seed);
    // The word lists; false when the file cannot be read.
    bool loadWords(const QString &path, QString *error);

    ModelData generate(const ModelSize &size);
    // The number of nodes of view v (from 0) of a model of that size.
    static int viewNodes(const ModelSize &size, int v);

    // A model of n elements drawn on one view of n nodes with about 1.5 n
    // connections between neighbouring nodes: the canvas and export benchmarks.
    ModelData generateDiagram(int nodes);

private:
    // A relationship of an element and the element at its other end (indexes).
    struct Link
    {
        qsizetype relationship;
        qsizetype other;
        bool outgoing;
    };

    QString elementName(const ElementType &type, int serial);
    QString word(const QStringList &list) { return list.at(pick(int(list.size()))); }
    void addElements(ModelData &data, const ModelSize &size);
    void addRelationships(ModelData &data, const ModelSize &size);
    View makeView(
        const ModelData &data, const QList<QList<Link>> &adjacency, int nodes, const QString &name);
    // Starts the sequence afresh for one model, so that a model does not depend on
    // what the generator made before.
    void reseed(quint64 salt);
    quint32 next();
    int pick(int n) { return int(next() % quint32(n)); }

    ProfilePtr m_profile;
    quint32 m_seed;
    quint64 m_state = 0;
    QStringList m_agencies;
    QStringList m_domains;
    QStringList m_qualifiers;
    QStringList m_places;
    QStringList m_propertyKeys;
    QStringList m_relationshipNames;
    QString m_viewWord;
    QHash<QString, QList<qsizetype>> m_byType; // element indexes by type
};

} // namespace kt::bench
