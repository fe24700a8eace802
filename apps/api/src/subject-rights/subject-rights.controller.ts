import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { SubjectAccessReport } from '@sluitend/domain';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CaseResponseDto } from '../cases/dto/case-response.dto';
import { ErasureRecordDto, ErasureRequestDto, RestrictionRequestDto } from './dto/subject-rights.dto';
import { renderSubjectAccessPdf } from './pdf/subject-access-pdf';
import { RestrictionAndErasureService } from './restriction-and-erasure.service';
import { SubjectAccessReportService } from './subject-access-report.service';

@ApiTags('AVG rights')
@Controller('cases/:id')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 403, description: 'Only the casusregisseur, with consent; or the CSRF token is wrong.' })
@ApiResponse({ status: 404, description: 'No such case, or it is not shared with you.' })
export class SubjectRightsController {
  constructor(
    private readonly reports: SubjectAccessReportService,
    private readonly rights: RestrictionAndErasureService,
  ) {}

  @Get('subject-access-report')
  @ApiOperation({
    operationId: 'getSubjectAccessReport',
    summary: 'Inzage (AVG art. 15): everything Sluitend holds about the jongere, as a JSON file',
  })
  @ApiOkResponse({ description: 'The complete export.', schema: { type: 'object' } })
  async report(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubjectAccessReport> {
    const report = await this.reports.report(user, id, 'json');
    response.setHeader('Content-Disposition', `attachment; filename="inzage-${id}.json"`);
    return report;
  }

  @Get('subject-access-report/pdf')
  @ApiOperation({ operationId: 'getSubjectAccessReportPdf', summary: 'Inzage (AVG art. 15) as a readable PDF' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF.', schema: { type: 'string', format: 'binary' } })
  @Header('Content-Type', 'application/pdf')
  async pdf(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    const content = await renderSubjectAccessPdf(await this.reports.report(user, id, 'pdf'));
    return new StreamableFile(content, {
      type: 'application/pdf',
      disposition: `attachment; filename="inzage-${id}.pdf"`,
    });
  }

  @Put('restriction')
  @ApiOperation({
    operationId: 'restrictCase',
    summary: 'Restrict processing (AVG art. 18): keep and read, no changes',
  })
  @ApiOkResponse({ type: CaseResponseDto, description: 'The case, now restricted.' })
  restrict(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RestrictionRequestDto,
  ): Promise<CaseResponseDto> {
    return this.rights.restrict(user, id, body.reason);
  }

  @Delete('restriction')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'liftCaseRestriction', summary: 'Lift the restriction of processing' })
  @ApiNoContentResponse({ description: 'Lifted.' })
  lift(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.rights.lift(user, id);
  }

  @Post('erasure')
  @ApiOperation({
    operationId: 'eraseCase',
    summary: 'Erase the dossier on request (AVG art. 17, Jeugdwet art. 7.3.9), recorded with its reason',
  })
  @ApiCreatedResponse({ type: ErasureRecordDto, description: 'The record of the erasure; the case is gone.' })
  @ApiResponse({ status: 409, description: 'A legal ground applies; the dossier must be kept.' })
  erase(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ErasureRequestDto,
  ): Promise<ErasureRecordDto> {
    return this.rights.erase(user, id, body.reason);
  }
}
