import { ApiProperty } from '@nestjs/swagger';
import { UserResponse } from '../../users/dto/user.dto';
import { Permission } from '../permissions';

/** The signed-in user, with what their roles allow: the web application shows actions from it, not from a copy of the role table. */
export class MeResponse extends UserResponse {
  @ApiProperty({
    enum: Permission,
    enumName: 'Permission',
    isArray: true,
    description: 'The union of what the roles allow (spec §3).',
  })
  permissions: Permission[];
}
