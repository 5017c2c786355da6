#pragma once

#include <model/modeldata.h>

namespace kt::bench {

// Sizes of the benchmark models (issue: S, M, L).
struct ModelSize
{
    QString name;
    int elements = 0;
    int relationships = 0;
    int views = 0;
    int largestView = 5000; // nodes of the biggest view; others 50 .. this
};

ModelSize sizeByName(const QString &name); // "S", "M", "L"

// Deterministic synthetic models: the same seed and size give the same model.
// Every layer and element type of the profile, Vietnamese names built from the
// word lists in vietnamese-words.json, typed properties (security levels on
// information systems), relationships the framework allows, and views of 50 to
// largestView nodes laid out on a grid with the connections between their nodes.
class ModelGenerator
{
public:
    ModelGenerator(ProfilePtr profile, quint32 seed);
    // The word lists; false when the file cannot be read.
    bool loadWords(const QString &path, QString *error);

    ModelData generate(const ModelSize &size);
    // One view of n nodes (and up to 1.5 n connections) over the model's elements.
    View makeView(const ModelData &data, int nodes, const QString &name);
    // A model of n elements drawn on one view of n nodes with about 1.5 n
    // connections between nearby nodes, as a diagram laid out by a person has
    // them (related things close together): the canvas benchmark.
    ModelData generateDiagram(int nodes);

private:
    QString elementName(const ElementType &type, int serial);
    quint32 next();
    int pick(int n) { return int(next() % quint32(n)); }

    ProfilePtr m_profile;
    quint64 m_state;
    QStringList m_agencies;
    QStringList m_domains;
    QStringList m_qualifiers;
    QStringList m_places;
    QString m_viewWord;
};

} // namespace kt::bench
