#pragma once
// Compiles the shaders kept in shaders/ (embedded as Qt resources) for the current context:
// GLSL 330 core on desktop OpenGL, GLSL ES 300 on OpenGL ES. The sources use only what both share.
#include <QOpenGLShaderProgram>

#include <memory>
#include <string>

namespace pa {

std::unique_ptr<QOpenGLShaderProgram> buildProgram(const QString& name, std::string* error);

}  // namespace pa
