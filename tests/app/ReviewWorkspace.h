#pragma once

// The review workspace of the UI tests: the window on a copy of the demo call in a fresh
// library, shown and active, with the recording open (sound to the silent output).
#include "app/gui/window/MainWindow.h"
#include "media/Player.h"
#include "support/Fixtures.h"
#include "workflows/ReviewModel.h"

#include <QApplication>
#include <QSettings>
#include <QTest>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <vector>

namespace coachtrack::testing {

struct Workspace : DemoCallFolder
{
    std::unique_ptr<app::MainWindow> window;

    Workspace() { reopen(); }
    ~Workspace()
    {
        window.reset();
        QSettings().remove(QStringLiteral("review/rate")); // the next case starts at 1×
    }

    void reopen()
    {
        window.reset();
        window = std::make_unique<app::MainWindow>();
        window->setLibraryPath(db);
        window->resize(1200, 760);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        window->openRecording(call, false);
        REQUIRE(window->review()->isOpen());
    }

    workflows::ReviewModel& review() const { return *window->review(); }
    media::Player& player() const { return *window->player(); }

    int64_t note(annotations::Track track, int64_t atMs, const QString& text)
    {
        auto id = review().addNote(track, atMs, text);
        REQUIRE(id.has_value());
        return *id;
    }

    std::vector<int64_t> focusIds() const
    {
        std::vector<int64_t> ids;
        for (const auto* n : review().focusItems())
            ids.push_back(n->id);
        return ids;
    }
};

inline bool waitFor(const std::function<bool()>& condition, int timeoutMs = 15000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

} // namespace coachtrack::testing
