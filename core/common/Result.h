// Result<T>: a value or an Error, so that failures travel up to the CLI (exit codes) and the UI (wording)
// without exceptions crossing Qt code.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace lpdesk {

// What kind of failure, which decides the CLI exit code and how the UI words it.
enum class ErrorKind {
    Failed, // exit 1: could not do it (I/O, bad input, missing thing)
    Usage, // exit 2: the request itself was malformed
    Auth, // exit 3: authentication refused
    Permission, // exit 3: authenticated, but the role may not do this
    Verification, // exit 4: tampering or corruption detected
    NotFound, // exit 1
    Cancelled, // exit 1
};

struct Error
{
    ErrorKind kind = ErrorKind::Failed;
    QString message;
    // A stable reason a caller acts on (never shown, never translated), where the message alone would not do:
    // e.g. "trim.reencode" for a smart trim that cannot stay lossless (TrimJob). Empty for most errors.
    QString reason = {};
};

inline Error makeError(ErrorKind kind, QString message)
{
    return Error {kind, std::move(message)};
}
inline Error failure(QString message)
{
    return Error {ErrorKind::Failed, std::move(message)};
}

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Only valid when ok(); std::optional::value() throws (and aborts, exceptions being unhandled) otherwise.
    T& value() & { return m_value.value(); }
    const T& value() const& { return m_value.value(); }
    T&& value() && { return std::move(m_value.value()); }
    T* operator->() { return &m_value.value(); }
    const T* operator->() const { return &m_value.value(); }
    T& operator*() & { return m_value.value(); }
    const T& operator*() const& { return m_value.value(); }

    const Error& error() const { return m_error; }
    const QString& errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    const QString& errorMessage() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace lpdesk

// Return the error of a failed Result from the enclosing function.
#define LP_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        auto&& lpTryResult_ = (expr);                                                                                  \
        if (!lpTryResult_.ok())                                                                                        \
            return lpTryResult_.error();                                                                               \
    } while (false)
