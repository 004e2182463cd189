#include "io/tile_fetcher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <map>
#include <mutex>

namespace pa {

struct TileFetcher::Worker : QObject {
    struct Job {
        QUrl url;
        std::string text;
        std::shared_ptr<std::promise<Outcome<FetchedTile>>> promise;
        std::shared_ptr<std::atomic<bool>> abandon;
        int timeoutMs = 0;
    };

    Worker(const FetcherOptions& o, std::atomic<int>* sent) : options(o), sent(sent) {}

    void start() {
        manager = new QNetworkAccessManager(this);
        manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        if (!options.cacheDir.isEmpty()) {
            QDir().mkpath(options.cacheDir);
            cache = new QNetworkDiskCache(this);
            cache->setCacheDirectory(options.cacheDir);
            cache->setMaximumCacheSize(options.cacheBytes);
            manager->setCache(cache);
        }
        pump.setSingleShot(true);
        connect(&pump, &QTimer::timeout, this, [this] { startSome(); });
        clock.start();
    }

    void add(Job job) {
        queue.push_back(std::move(job));
        startSome();
    }

    // As many queued requests as the limits allow; the rest wait for a reply or the next second.
    void startSome() {
        while (!queue.empty() && active < options.maxConcurrent) {
            if (clock.elapsed() >= 1000) {
                clock.restart();
                startedThisSecond = 0;
            }
            // The limit is politeness to public services; a tile server on this machine needs none.
            const QString host = queue.front().url.host();
            const bool local = host == "127.0.0.1" || host == "localhost" || host == "::1";
            if (!local && startedThisSecond >= options.maxPerSecond) {
                pump.start(int(1000 - clock.elapsed()) + 1);
                return;
            }
            Job job = std::move(queue.front());
            queue.pop_front();
            if (job.abandon && *job.abandon) {
                job.promise->set_value(Diagnostic::error(job.text, "abandoned"));
                continue;
            }
            ++startedThisSecond;
            ++active;
            send(std::move(job));
        }
    }

    void send(Job job) {
        QNetworkRequest r(job.url);
        r.setHeader(QNetworkRequest::UserAgentHeader, options.userAgent);
        r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
        r.setTransferTimeout(job.timeoutMs > 0 ? job.timeoutMs : options.timeoutMs);
        ++*sent;
        QNetworkReply* reply = manager->get(r);
        inFlight[reply] = job;
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            --active;
            const Job job = inFlight[reply];
            inFlight.erase(reply);
            job.promise->set_value(result(reply, job));
            startSome();
        });
    }

    // Every waiter hears "abandoned", nothing calls back afterwards.
    void stop() {
        for (auto& [reply, job] : inFlight) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            job.promise->set_value(Diagnostic::error(job.text, "abandoned"));
        }
        inFlight.clear();
        for (Job& j : queue) j.promise->set_value(Diagnostic::error(j.text, "abandoned"));
        queue.clear();
        pump.stop();
    }

    Outcome<FetchedTile> result(QNetworkReply* reply, const Job& job) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool cached = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
        if (reply->error() == QNetworkReply::NoError && (status == 0 || (status >= 200 && status < 300)))
            return FetchedTile{reply->readAll(), cached};
        // Offline or a server down: a copy fetched earlier is better than a hole.
        if (cache && status == 0)
            if (std::unique_ptr<QIODevice> d{cache->data(job.url)}) return FetchedTile{d->readAll(), true};
        std::string why;
        if (status >= 400) why = "HTTP " + std::to_string(status) + " " + reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toStdString();
        else if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
            why = "no answer within " + QString::number((job.timeoutMs > 0 ? job.timeoutMs : options.timeoutMs) / 1000.0).toStdString() + " s";
        else why = reply->errorString().toStdString();
        return Diagnostic::error(job.text, why);
    }

    FetcherOptions options;
    std::atomic<int>* sent;
    QNetworkAccessManager* manager = nullptr;
    QNetworkDiskCache* cache = nullptr;
    std::deque<Job> queue;
    std::map<QNetworkReply*, Job> inFlight;
    int active = 0, startedThisSecond = 0;
    QElapsedTimer clock;
    QTimer pump{this};
};

TileFetcher::TileFetcher(FetcherOptions options) : options_(std::move(options)) {
    thread_ = new QThread;
    thread_->setObjectName("tile fetcher");
    worker_ = new Worker(options_, &sent_);
    worker_->moveToThread(thread_);
    thread_->start();
    QMetaObject::invokeMethod(worker_, [w = worker_] { w->start(); }, Qt::BlockingQueuedConnection);
}

TileFetcher::~TileFetcher() {
    // Replies still open are aborted with the manager; their waiters hear "abandoned".
    QMetaObject::invokeMethod(
        worker_,
        [w = worker_] {
            w->stop();
            delete w;
        },
        Qt::BlockingQueuedConnection);
    thread_->quit();
    thread_->wait();
    delete thread_;
}

std::shared_ptr<TileFetcher> TileFetcher::shared() {
    static std::mutex mutex;
    static std::weak_ptr<TileFetcher> current;
    std::lock_guard<std::mutex> lock(mutex);
    if (auto f = current.lock()) return f;
    FetcherOptions o;
    o.cacheDir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + "/planatlas/tiles";
    auto f = std::make_shared<TileFetcher>(o);
    current = f;
    return f;
}

std::future<Outcome<FetchedTile>> TileFetcher::fetch(const std::string& url, std::shared_ptr<std::atomic<bool>> abandon,
                                                     int timeoutMs) {
    auto promise = std::make_shared<std::promise<Outcome<FetchedTile>>>();
    std::future<Outcome<FetchedTile>> f = promise->get_future();
    Worker::Job job{QUrl(QString::fromStdString(url)), url, promise, std::move(abandon), timeoutMs};
    if (!job.url.isValid() || (job.url.scheme() != "http" && job.url.scheme() != "https")) {
        promise->set_value(Diagnostic::error(url, "not an http(s) address"));
        return f;
    }
    QMetaObject::invokeMethod(worker_, [w = worker_, job = std::move(job)]() mutable { w->add(std::move(job)); }, Qt::QueuedConnection);
    return f;
}

}  // namespace pa
