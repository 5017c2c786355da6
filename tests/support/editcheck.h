#pragma once

namespace kt {
class Edit;
class Model;
} // namespace kt

namespace kt::test {

// The check every undoable edit passes: applied to the model it changes it with
// one changed() signal and a non-empty ChangeSet, and has a text; reverted, the
// model is as it was; applied again (redo), as after the first apply; reverted
// again, as at first. Fails the current test otherwise.
void checkApplyRevertRedo(Model &model, Edit &edit);

} // namespace kt::test
