package kg

import (
	"errors"
	"fmt"
)

// Error codes. Each layer maps them to its own surface: GraphQL's
// extensions.code, HTTP statuses, CLI exit messages.
const (
	EINVALID         = "BAD_USER_INPUT"
	ENOTFOUND        = "NOT_FOUND"
	EUNAUTHENTICATED = "UNAUTHENTICATED"
	ELIMIT           = "LIMIT_EXCEEDED"
	EUNAVAILABLE     = "UNAVAILABLE"
	ECONFLICT        = "CONFLICT"
	EINTERNAL        = "INTERNAL"
)

// Error is aikg's one coded error. Message is safe to show to users; Err is
// the underlying cause, for logs only.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error implements error. It shows the message and the cause, for logs.
func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Unwrap gives the cause to errors.Is and errors.As.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns a coded error with a formatted, user-safe message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap returns a coded error with a user-safe message and a cause kept for
// logs.
func Wrap(code string, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other error and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of the first *Error in err's
// chain, and a generic message for any other error, so internals never
// leak.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
