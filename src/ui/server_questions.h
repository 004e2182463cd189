#pragma once
// Questions to a server (a layer read by view: what is at a click, which features have a name) asked
// off the window's thread, so a slow or vanished server never holds the window; each answer is handed
// back on the window's thread, unless a newer question has made it moot or its owner is gone. Running
// questions are waited for when this goes (each ends within the connection's timeout).
#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <list>
#include <memory>
#include <thread>

namespace pa {

class ServerQuestions {
public:
    ServerQuestions() = default;
    ServerQuestions(const ServerQuestions&) = delete;
    ServerQuestions& operator=(const ServerQuestions&) = delete;
    ~ServerQuestions() {
        for (Running& r : running_) r.thread.join();
    }

    // Runs `question` on a thread of its own; `answer` gets its result on the thread of `owner`'s
    // application, if `owner` still exists and no question was asked or forgotten since.
    template <class T>
    void ask(QObject* owner, std::function<T()> question, std::function<void(T)> answer) {
        reap();
        const int ticket = ++ticket_;
        auto latest = latest_;
        *latest = ticket;
        auto done = std::make_shared<std::atomic<bool>>(false);
        QPointer<QObject> alive(owner);
        std::thread t([question = std::move(question), answer = std::move(answer), alive, ticket, latest, done] {
            auto result = std::make_shared<T>(question());
            QMetaObject::invokeMethod(
                qApp,
                [answer, alive, ticket, latest, result] {
                    if (alive && *latest == ticket) answer(std::move(*result));
                },
                Qt::QueuedConnection);
            *done = true;
        });
        running_.push_back({std::move(t), done});
    }
    // Drops the answers of the questions asked so far.
    void forget() { *latest_ = ++ticket_; }

private:
    void reap() {
        for (auto it = running_.begin(); it != running_.end();) {
            if (!*it->done) {
                ++it;
                continue;
            }
            it->thread.join();
            it = running_.erase(it);
        }
    }
    struct Running {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };
    std::list<Running> running_;
    int ticket_ = 0;
    // Read only on the window's thread, where answers are handed back; shared so a late answer can
    // look at it after this object has gone (it then finds its owner gone first).
    std::shared_ptr<int> latest_ = std::make_shared<int>(0);
};

}  // namespace pa
