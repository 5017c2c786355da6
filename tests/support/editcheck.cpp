#include "editcheck.h"
#include "modelcompare.h"

#include <model/edit/edit.h>
#include <model/model.h>

#include <QSignalSpy>
#include <QTest>

namespace kt::test {

void checkApplyRevertRedo(Model &model, Edit &edit)
{
    const ModelData before = model.data();
    QSignalSpy spy(&model, &Model::changed);

    QString error;
    QVERIFY2(model.apply(edit, &error), qPrintable(error));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!spy.at(0).at(0).value<ChangeSet>().isEmpty());
    const ModelData after = model.data();
    QVERIFY2(!(after == before), "the edit changed nothing");
    QVERIFY(!edit.text().isEmpty());

    model.revert(edit);
    QCOMPARE(spy.count(), 2);
    KT_COMPARE_MODELS(model.data(), before);

    QVERIFY2(model.apply(edit, &error), qPrintable(error));
    KT_COMPARE_MODELS(model.data(), after);
    model.revert(edit);
    KT_COMPARE_MODELS(model.data(), before);
}

} // namespace kt::test
